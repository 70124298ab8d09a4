package org.amparo.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes approximate dates the way people type them, in English and Spanish:
 * "2019-03-14", "2019-03", "March 2019" / "marzo 2019" / "marzo de 2019", "spring 2019" / "primavera 2019",
 * "2019". {@link #iso} gives the language-neutral form used in files and on the command line.
 */
public final class ApproximateDateText {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern WORD_YEAR = Pattern.compile("(\\p{L}+)(?:\\s+de)?\\s+(\\d{4})");
    private static final String[][] SEASON_WORDS = {
        {"spring", "primavera"}, {"summer", "verano"}, {"fall", "autumn", "otono"}, {"winter", "invierno"}};

    private ApproximateDateText() {
    }

    /**
     * Parses what a user typed; empty when it is not a date Amparo understands. Numeric day forms such as
     * "4/9/19" are read month-first (US) before day-first; use {@link #parse(String, Locale)} to prefer the
     * user's language.
     */
    public static Optional<ApproximateDate> parse(String text) {
        return parse(text, Locale.US);
    }

    /**
     * Parses what a user typed, reading numeric and localized day forms in the preferred language first
     * ("4/9/2019" is April 9 in English, 4 September in Spanish). Impossible days ("2019-02-30", "2/30/19")
     * give empty, never a nearby day.
     */
    public static Optional<ApproximateDate> parse(String text, Locale preferred) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = fold(text);
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return Optional.of(ApproximateDate.day(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                        Integer.parseInt(p[2]))));
            }
            Matcher m = YEAR_MONTH.matcher(t);
            if (m.matches()) {
                return Optional.of(ApproximateDate.month(YearMonth.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)))));
            }
            m = YEAR.matcher(t);
            if (m.matches()) {
                return Optional.of(ApproximateDate.year(Integer.parseInt(m.group(1))));
            }
            m = WORD_YEAR.matcher(t.replace(".", ""));
            if (m.matches()) {
                int year = Integer.parseInt(m.group(2));
                Season season = season(m.group(1));
                if (season != null) {
                    return Optional.of(ApproximateDate.season(season, year));
                }
                Month month = month(m.group(1));
                if (month != null) {
                    return Optional.of(ApproximateDate.month(YearMonth.of(year, month)));
                }
            }
            return localized(text.trim(), preferred);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The language-neutral form: 2019-03-14, 2019-03, spring 2019, 2019. */
    public static String iso(ApproximateDate d) {
        return switch (d.precision()) {
            case DAY -> d.earliest().toString();
            case MONTH -> YearMonth.from(d.earliest()).toString();
            case SEASON -> Season.of(d.earliest()).name().toLowerCase(Locale.ROOT) + " " + d.earliest().getYear();
            case YEAR -> Integer.toString(d.earliest().getYear());
        };
    }

    /** As a person reads it in that language: "March 14, 2019", "March 2019", "spring 2019" / "primavera de 2019". */
    public static String display(ApproximateDate d, Locale locale) {
        boolean es = "es".equals(locale.getLanguage());
        return switch (d.precision()) {
            case DAY -> d.earliest().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            case MONTH -> d.earliest().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
                    + (es ? " de " : " ") + d.earliest().getYear();
            case SEASON -> seasonWord(Season.of(d.earliest()), es) + (es ? " de " : " ") + d.earliest().getYear();
            case YEAR -> Integer.toString(d.earliest().getYear());
        };
    }

    public static String seasonWord(Season s, boolean spanish) {
        String[] words = SEASON_WORDS[s.ordinal()];
        return spanish ? words[words.length - 1].replace("otono", "otoño") : words[0];
    }

    private static Optional<ApproximateDate> localized(String text, Locale preferred) {
        boolean spanishFirst = preferred != null && "es".equals(preferred.getLanguage());
        Locale[] locales = spanishFirst
                ? new Locale[] {new Locale("es"), new Locale("es", "US"), Locale.US}
                : new Locale[] {Locale.US, new Locale("es"), new Locale("es", "US")};
        for (Locale l : locales) {
            for (String pattern : patterns(l)) {
                try {
                    DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
                            .appendPattern(pattern).toFormatter(l).withResolverStyle(ResolverStyle.STRICT);
                    LocalDate day = LocalDate.parse(text, f);
                    if (day.getYear() >= 1000) {
                        return Optional.of(ApproximateDate.day(day));
                    }
                } catch (DateTimeParseException | IllegalArgumentException ignored) {
                    // try the next form
                }
            }
        }
        return Optional.empty();
    }

    /** The locale's own short, medium and long forms, plus a four-digit-year numeric form; years as 'u' so STRICT works. */
    private static List<String> patterns(Locale l) {
        List<String> out = new ArrayList<>();
        for (FormatStyle st : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG}) {
            out.add(DateTimeFormatterBuilder.getLocalizedDateTimePattern(st, null, IsoChronology.INSTANCE, l)
                    .replace('y', 'u'));
        }
        out.add("es".equals(l.getLanguage()) ? "d/M/uuuu" : "M/d/uuuu");
        return out;
    }

    private static Season season(String word) {
        for (Season s : Season.values()) {
            for (String w : SEASON_WORDS[s.ordinal()]) {
                if (w.equals(word)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static Month month(String word) {
        for (Month m : Month.values()) {
            for (Locale l : new Locale[] {Locale.ENGLISH, new Locale("es")}) {
                String full = fold(m.getDisplayName(TextStyle.FULL_STANDALONE, l));
                String shortName = fold(m.getDisplayName(TextStyle.SHORT_STANDALONE, l)).replace(".", "");
                if (word.equals(full) || word.equals(shortName)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
