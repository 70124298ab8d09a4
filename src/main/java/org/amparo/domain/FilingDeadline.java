package org.amparo.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last day to file at a venue, counted from the incident. An approximate incident date is counted from its
 * earliest possible day (the safe side) and the deadline is flagged as approximate.
 *
 * @param date        the deadline: {@code countedFrom} plus {@code period}
 * @param approximate true when the incident date is approximate, so the real deadline may be later
 * @param period      the venue's period ("1y" = one year)
 * @param countedFrom the day counted from: the incident's earliest possible day
 */
public record FilingDeadline(LocalDate date, boolean approximate, Period period, LocalDate countedFrom) {
    /** Key of the note shown beside an approximate deadline, in the {@code org.amparo.i18n.validation} bundle. */
    public static final String APPROXIMATE_NOTE_KEY = "deadline.approximate";
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*([dwmy])");

    public FilingDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(countedFrom, "countedFrom");
    }

    /**
     * The deadline for a venue's period text and an incident date; empty when the venue has no deadline
     * (null or blank period).
     *
     * @throws IllegalArgumentException when the period text is not one Amparo reads (see {@link #parsePeriod})
     */
    public static Optional<FilingDeadline> of(String periodText, ApproximateDate incident) {
        Objects.requireNonNull(incident, "incident date");
        return parsePeriod(periodText).map(p -> new FilingDeadline(incident.earliest().plus(p),
                incident.isApproximate(), p, incident.earliest()));
    }

    /**
     * Reads a deadline period: a number and a unit, d (days), w (weeks), m (months) or y (years): "1y", "180d",
     * "6m", "2 y". Empty for null or blank (no deadline).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Optional<Period> parsePeriod(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a deadline period (like 1y, 6m, 180d): " + text);
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        });
    }

    /** True for the period texts {@link #parsePeriod} accepts, including null and blank (no deadline). */
    public static boolean isValidPeriod(String text) {
        try {
            parsePeriod(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True once the deadline day is over. */
    public boolean isPassed(LocalDate today) {
        return today.isAfter(date);
    }

    /** Days from today to the deadline: 0 on the deadline day, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
