package org.amparo.domain;

import static org.amparo.domain.ShippedPolicies.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FilingDeadlineTest {

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
        "1y,   2019-03-14, 2020-03-14",
        "2y,   2019-03-14, 2021-03-14",
        "3y,   2019-03-14, 2022-03-14",
        "180d, 2019-03-14, 2019-09-10",
        "6m,   2019-03-14, 2019-09-14",
        "6m,   2019-08-31, 2020-02-29",
        "2w,   2019-03-14, 2019-03-28",
        "1Y,   2020-02-29, 2021-02-28",
        "' 2 y ', 2019-03-14, 2021-03-14"})
    void exactIncidentGivesAnExactDeadline(String period, LocalDate incident, LocalDate expected) {
        FilingDeadline d = FilingDeadline.of(period, ApproximateDate.day(incident)).orElseThrow();
        assertEquals(expected, d.date());
        assertFalse(d.approximate());
        assertEquals(incident, d.countedFrom());
    }

    @Test
    void approximateIncidentCountsFromTheEarliestDayAndIsFlagged() {
        FilingDeadline hrc = FilingDeadline.of("1y", ApproximateDate.season(Season.SPRING, 2019)).orElseThrow();
        assertEquals(LocalDate.of(2020, 3, 1), hrc.date());
        assertTrue(hrc.approximate());
        assertEquals(LocalDate.of(2019, 3, 1), hrc.countedFrom());
        assertEquals(Period.ofYears(1), hrc.period());

        FilingDeadline ftca = FilingDeadline.of("2y", ApproximateDate.month(YearMonth.of(2019, 7))).orElseThrow();
        assertEquals(LocalDate.of(2021, 7, 1), ftca.date());
        assertTrue(ftca.approximate());

        FilingDeadline winter = FilingDeadline.of("3y", ApproximateDate.season(Season.WINTER, 2019)).orElseThrow();
        assertEquals(LocalDate.of(2022, 12, 1), winter.date());

        FilingDeadline year = FilingDeadline.of("1y", ApproximateDate.year(2019)).orElseThrow();
        assertEquals(LocalDate.of(2020, 1, 1), year.date());
        assertTrue(year.approximate());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void venueWithoutDeadlineGivesNone(String period) {
        assertEquals(Optional.empty(), FilingDeadline.of(period, on(2019, 3, 14)));
        assertTrue(FilingDeadline.isValidPeriod(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one year", "1", "y", "1x", "-1y", "1.5y", "1y2m", "99999d"})
    void unreadablePeriodIsRefusedNotTakenAsNoDeadline(String period) {
        assertFalse(FilingDeadline.isValidPeriod(period));
        assertThrows(IllegalArgumentException.class, () -> FilingDeadline.of(period, on(2019, 3, 14)));
    }

    @Test
    void daysLeftAndPassed() {
        FilingDeadline d = FilingDeadline.of("1y", on(2019, 3, 14)).orElseThrow();
        assertEquals(1, d.daysLeft(LocalDate.of(2020, 3, 13)));
        assertEquals(0, d.daysLeft(LocalDate.of(2020, 3, 14)));
        assertFalse(d.isPassed(LocalDate.of(2020, 3, 14)));
        assertTrue(d.isPassed(LocalDate.of(2020, 3, 15)));
        assertEquals(-1, d.daysLeft(LocalDate.of(2020, 3, 15)));
    }

    @Test
    void shippedVenuePeriodsAllParse() {
        for (String p : new String[] {"1y", "2y", "3y", "", null}) {
            assertTrue(FilingDeadline.isValidPeriod(p), p);
        }
    }
}
