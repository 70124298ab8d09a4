package org.amparo.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case's human reference, {@code YYYY-NNNN}: the year it was opened and its number within that year. */
public record CaseReference(int year, int number) implements Comparable<CaseReference> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4,6})");

    public CaseReference {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("number out of range: " + number);
        }
    }

    public static CaseReference parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a case reference (YYYY-NNNN): " + text);
        }
        return new CaseReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** True exactly when {@link #parse} accepts the text (the shape and the ranges). */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The first reference of a year. */
    public static CaseReference first(int year) {
        return new CaseReference(year, 1);
    }

    /** The reference after this one in the same year. */
    public CaseReference next() {
        return new CaseReference(year, number + 1);
    }

    /** The reference a new case gets, given the highest one of that year so far (or none). */
    public static CaseReference nextFor(int year, CaseReference highestOfYear) {
        return highestOfYear == null || highestOfYear.year() != year ? first(year) : highestOfYear.next();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-%04d", year, number);
    }

    @Override
    public int compareTo(CaseReference o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }
}
