package org.amparo.domain;

import java.time.LocalTime;

/**
 * Something that happened in a case. {@code violationIndex} points into the case's list of violations
 * (the violation this event shows), so events can be linked before anything is saved.
 */
public record TimelineEvent(Long id, ApproximateDate date, LocalTime time, EventKind kind, String description,
                            String source, Long agencyId, Long officerId, Integer violationIndex) {
}
