package org.amparo.store.cases;

import org.amparo.domain.ApproximateDate;

/** A case of the register as its Violations sheet names it: id, reference and incident date. */
public record RegisterCaseKey(long id, String reference, ApproximateDate incident) {
}
