package org.amparo.domain;

import java.time.LocalDate;

/**
 * A version of the Fair and Impartial Policing Policy: a statewide model with its own dates, or a local
 * (enhanced) policy that binds an agency from the day that agency adopted it. Null dates are open ends.
 */
public record PolicyVersion(long id, String key, String name, PolicyScope scope, LocalDate effectiveFrom,
                            LocalDate effectiveTo) {

    /** True when a statewide version is in force on that day. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
