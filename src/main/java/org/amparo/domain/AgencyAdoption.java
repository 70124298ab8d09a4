package org.amparo.domain;

import java.time.LocalDate;

/**
 * An agency's adoption of a (usually local, stronger) policy version. The adoption date may be exact,
 * approximate or not known yet ({@code adoptedFrom == null}); {@code adoptedTo} closes it when known.
 */
public record AgencyAdoption(long agencyId, long policyVersionId, ApproximateDate adoptedFrom, LocalDate adoptedTo,
                             Certainty certainty) {
}
