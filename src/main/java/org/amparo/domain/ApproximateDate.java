package org.amparo.domain;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date as a person remembers it: an exact day, a month, a season or a year. Stored as the earliest and
 * latest possible day with the precision; lists sort by the earliest day, screens show it as written.
 */
public record ApproximateDate(LocalDate earliest, LocalDate latest, DatePrecision precision) {

    public ApproximateDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest day before earliest day");
        }
    }

    public static ApproximateDate day(LocalDate day) {
        return new ApproximateDate(day, day, DatePrecision.DAY);
    }

    public static ApproximateDate month(YearMonth month) {
        return new ApproximateDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    public static ApproximateDate season(Season season, int year) {
        return new ApproximateDate(season.firstDay(year), season.lastDay(year), DatePrecision.SEASON);
    }

    public static ApproximateDate year(int year) {
        Year y = Year.of(year);
        return new ApproximateDate(y.atDay(1), y.atMonth(12).atEndOfMonth(), DatePrecision.YEAR);
    }

    /** Rebuilds a stored value; the precision and the earliest day determine the rest. */
    public static ApproximateDate of(LocalDate earliest, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day(earliest);
            case MONTH -> month(YearMonth.from(earliest));
            case SEASON -> season(Season.of(earliest), Season.namingYear(earliest));
            case YEAR -> year(earliest.getYear());
        };
    }

    public boolean isApproximate() {
        return precision != DatePrecision.DAY;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** True when the day is a boundary inside this range: some possible days fall before it and some on or after. */
    public boolean straddles(LocalDate boundary) {
        return earliest.isBefore(boundary) && !latest.isBefore(boundary);
    }

    public boolean isAfter(LocalDate day) {
        return earliest.isAfter(day);
    }
}
