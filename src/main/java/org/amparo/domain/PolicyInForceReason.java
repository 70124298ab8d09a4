package org.amparo.domain;

import java.util.Locale;

/** Why the answer of {@link PolicyInForce} is empty, not single or needs the user's attention. */
public enum PolicyInForceReason {
    /** On some possible incident day no FIPP bound the agency (before the 2016 model took effect on 2016-07-01). */
    NONE_IN_FORCE,
    /** The incident date is approximate and its range covers a day on which the binding policy changed. */
    DATE_STRADDLES_BOUNDARY,
    /** The agency's adoption date is approximate and the incident may fall before or after it. */
    ADOPTION_DATE_UNCERTAIN,
    /** The agency adopted a local policy on a date nobody has entered yet: the user should enter it. */
    ADOPTION_DATE_UNKNOWN,
    /** Two policies of the same kind bound the agency on the same day (overlapping dates in the reference data). */
    OVERLAPPING_POLICIES;

    /** The key of this reason's text in the {@code org.amparo.i18n.validation} bundle. */
    public String messageKey() {
        return "policy.reason." + name().toLowerCase(Locale.ROOT);
    }
}
