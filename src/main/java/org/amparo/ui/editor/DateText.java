package org.amparo.ui.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ApproximateDateText;
import org.amparo.domain.DatePrecision;

/** Dates and times as the editor shows them in text fields and reads them back, in the user's language. */
public final class DateText {
    private DateText() {
    }

    /** Blank text: empty and fine; otherwise the date or null when it is not one. */
    public static Parsed<ApproximateDate> approximate(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Parsed.none();
        }
        return ApproximateDateText.parse(text, locale).map(Parsed::of).orElseGet(Parsed::unreadable);
    }

    /** Like {@link #approximate} but only an exact day is a valid answer. */
    public static Parsed<LocalDate> day(String text, Locale locale) {
        Parsed<ApproximateDate> d = approximate(text, locale);
        if (d.value() == null) {
            return d.blank() ? Parsed.none() : Parsed.unreadable();
        }
        return d.value().precision() == DatePrecision.DAY ? Parsed.of(d.value().earliest()) : Parsed.unreadable();
    }

    /** "14:20", "2:20 PM", "2:20 p. m.": empty when blank, null value when not a time. */
    public static Parsed<LocalTime> time(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.none();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(".", "").replace("P M", "PM").replace("A M", "AM");
        for (String pattern : new String[] {"H:mm", "h:mm a", "h:mma", "h a", "ha"}) {
            try {
                return Parsed.of(LocalTime.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.US)));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Parsed.unreadable();
    }

    public static String show(ApproximateDate d, Locale locale) {
        return d == null ? "" : ApproximateDateText.display(d, locale);
    }

    public static String show(LocalDate d, Locale locale) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String show(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** A field's reading: blank, a value, or text that is not valid. */
    public record Parsed<T>(T value, boolean blank) {
        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, false);
        }

        static <T> Parsed<T> none() {
            return new Parsed<>(null, true);
        }

        static <T> Parsed<T> unreadable() {
            return new Parsed<>(null, false);
        }

        public boolean invalid() {
            return value == null && !blank;
        }

        public Optional<T> optional() {
            return Optional.ofNullable(value);
        }
    }
}
