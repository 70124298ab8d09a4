package org.amparo.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Meteorological seasons as people in Vermont speak of them. Winter of a year starts in that year's
 * December and runs to the end of February of the next year ("winter 2019" = Dec 2019 – Feb 2020).
 */
public enum Season {
    SPRING(Month.MARCH), SUMMER(Month.JUNE), FALL(Month.SEPTEMBER), WINTER(Month.DECEMBER);

    private final Month firstMonth;

    Season(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    public LocalDate firstDay(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate lastDay(int year) {
        return YearMonth.from(firstDay(year)).plusMonths(2).atEndOfMonth();
    }

    /** The season a day falls in, and the year that season is named by. */
    public static Season of(LocalDate day) {
        return switch (day.getMonth()) {
            case MARCH, APRIL, MAY -> SPRING;
            case JUNE, JULY, AUGUST -> SUMMER;
            case SEPTEMBER, OCTOBER, NOVEMBER -> FALL;
            default -> WINTER;
        };
    }

    /** The year a season that contains this day is named by (January 2020 is in winter 2019). */
    public static int namingYear(LocalDate day) {
        Month m = day.getMonth();
        return (m == Month.JANUARY || m == Month.FEBRUARY) ? day.getYear() - 1 : day.getYear();
    }
}
