package org.amparo.store.cases;

import org.amparo.domain.ApproximateDate;

/** One violation as the register lists it: its case's reference and incident date, and the ids it names. */
public record RegisterViolation(String caseReference, ApproximateDate incident, long provisionId, long agencyId,
                                Long officerId) {
}
