package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ApproximateDateTest {

    @Test
    void eachPrecisionHasItsRange() {
        ApproximateDate day = ApproximateDate.day(LocalDate.of(2019, 3, 14));
        assertEquals(LocalDate.of(2019, 3, 14), day.latest());
        assertFalse(day.isApproximate());

        ApproximateDate feb = ApproximateDate.month(YearMonth.of(2020, 2));
        assertEquals(LocalDate.of(2020, 2, 1), feb.earliest());
        assertEquals(LocalDate.of(2020, 2, 29), feb.latest());
        assertTrue(feb.isApproximate());

        ApproximateDate spring = ApproximateDate.season(Season.SPRING, 2019);
        assertEquals(LocalDate.of(2019, 3, 1), spring.earliest());
        assertEquals(LocalDate.of(2019, 5, 31), spring.latest());

        ApproximateDate fall = ApproximateDate.season(Season.FALL, 2019);
        assertEquals(LocalDate.of(2019, 9, 1), fall.earliest());
        assertEquals(LocalDate.of(2019, 11, 30), fall.latest());

        ApproximateDate year = ApproximateDate.year(2019);
        assertEquals(LocalDate.of(2019, 1, 1), year.earliest());
        assertEquals(LocalDate.of(2019, 12, 31), year.latest());
    }

    @Test
    void winterSpansIntoTheNextYear() {
        ApproximateDate w = ApproximateDate.season(Season.WINTER, 2019);
        assertEquals(LocalDate.of(2019, 12, 1), w.earliest());
        assertEquals(LocalDate.of(2020, 2, 29), w.latest(), "leap year February");
        assertEquals(LocalDate.of(2021, 2, 28), ApproximateDate.season(Season.WINTER, 2020).latest());
    }

    @Test
    void ofRebuildsAStoredValue() {
        for (ApproximateDate d : new ApproximateDate[] {
            ApproximateDate.day(LocalDate.of(2019, 3, 14)), ApproximateDate.month(YearMonth.of(2019, 3)),
            ApproximateDate.season(Season.WINTER, 2019), ApproximateDate.season(Season.SUMMER, 2021),
            ApproximateDate.year(2019)}) {
            assertEquals(d, ApproximateDate.of(d.earliest(), d.precision()));
        }
    }

    @Test
    void seasonOfAJanuaryDayIsTheWinterNamedByThePreviousYear() {
        assertEquals(Season.WINTER, Season.of(LocalDate.of(2020, 1, 15)));
        assertEquals(2019, Season.namingYear(LocalDate.of(2020, 1, 15)));
        assertEquals(2020, Season.namingYear(LocalDate.of(2020, 12, 15)));
        assertEquals(ApproximateDate.season(Season.WINTER, 2019),
                ApproximateDate.of(LocalDate.of(2020, 1, 1), DatePrecision.SEASON));
    }

    @Test
    void containsStraddlesAndIsAfter() {
        ApproximateDate y2018 = ApproximateDate.year(2018);
        assertTrue(y2018.contains(LocalDate.of(2018, 1, 1)));
        assertTrue(y2018.contains(LocalDate.of(2018, 12, 31)));
        assertFalse(y2018.contains(LocalDate.of(2019, 1, 1)));

        assertTrue(y2018.straddles(LocalDate.of(2018, 3, 1)));
        assertTrue(y2018.straddles(LocalDate.of(2018, 12, 31)));
        assertFalse(y2018.straddles(LocalDate.of(2018, 1, 1)), "every possible day is on or after it");
        assertFalse(y2018.straddles(LocalDate.of(2019, 1, 1)), "every possible day is before it");

        assertTrue(y2018.isAfter(LocalDate.of(2017, 12, 31)));
        assertFalse(y2018.isAfter(LocalDate.of(2018, 1, 1)));
    }

    @Test
    void latestBeforeEarliestIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ApproximateDate(LocalDate.of(2019, 2, 1),
                LocalDate.of(2019, 1, 1), DatePrecision.MONTH));
        assertThrows(NullPointerException.class, () -> new ApproximateDate(null, LocalDate.of(2019, 1, 1),
                DatePrecision.DAY));
    }
}
