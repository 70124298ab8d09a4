package org.amparo.domain;

import java.time.LocalTime;
import java.util.Comparator;

/**
 * Something that happened in a case. {@code violationIndex} points into the case's list of violations
 * (the violation this event shows), so events can be linked before anything is saved.
 */
public record TimelineEvent(Long id, ApproximateDate date, LocalTime time, EventKind kind, String description,
                            String source, Long agencyId, Long officerId, Integer violationIndex) {

    /** The order a timeline lists events in: by earliest possible day (undated last), then by time (none first). */
    public static final Comparator<TimelineEvent> IN_DATE_ORDER = Comparator
            .comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.comparing(ApproximateDate::earliest)))
            .thenComparing(TimelineEvent::time, Comparator.nullsFirst(Comparator.naturalOrder()));
}
