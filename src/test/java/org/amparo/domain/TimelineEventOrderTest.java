package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineEventOrderTest {
    @Test
    void eventsGoByEarliestDayThenTimeWithUndatedLastAndUntimedFirst() {
        TimelineEvent undated = event("undated", null, null);
        TimelineEvent evening = event("evening", ApproximateDate.day(LocalDate.of(2019, 3, 14)), LocalTime.of(21, 0));
        TimelineEvent untimed = event("untimed", ApproximateDate.day(LocalDate.of(2019, 3, 14)), null);
        TimelineEvent march = event("march", ApproximateDate.month(YearMonth.of(2019, 3)), null);
        TimelineEvent y2018 = event("2018", ApproximateDate.year(2018), LocalTime.NOON);
        List<String> order = List.of(undated, evening, untimed, march, y2018).stream()
                .sorted(TimelineEvent.IN_DATE_ORDER).map(TimelineEvent::description).toList();
        assertEquals(List.of("2018", "march", "untimed", "evening", "undated"), order);
    }

    @Test
    void violationsAreTaggedByPositionFromOne() {
        assertEquals("V1", Violation.tag(0));
        assertEquals("V12", Violation.tag(11));
    }

    private static TimelineEvent event(String what, ApproximateDate date, LocalTime time) {
        return new TimelineEvent(null, date, time, null, what, null, null, null, null);
    }
}
