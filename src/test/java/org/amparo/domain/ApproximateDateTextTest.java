package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApproximateDateTextTest {
    private static final Locale ES = new Locale("es");
    private static final ApproximateDate MARCH_2019 = ApproximateDate.month(YearMonth.of(2019, 3));
    private static final ApproximateDate SPRING_2019 = ApproximateDate.season(Season.SPRING, 2019);
    private static final ApproximateDate MARCH_14 = ApproximateDate.day(LocalDate.of(2019, 3, 14));

    private static ApproximateDate parse(String text) {
        return ApproximateDateText.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void isoForms() {
        assertEquals(MARCH_14, parse("2019-03-14"));
        assertEquals(MARCH_2019, parse("2019-03"));
        assertEquals(MARCH_2019, parse("2019-3"));
        assertEquals(ApproximateDate.year(2019), parse("2019"));
        assertEquals(ApproximateDate.year(2019), parse("  2019 "));
    }

    @Test
    void monthsInEnglishAndSpanish() {
        assertEquals(MARCH_2019, parse("March 2019"));
        assertEquals(MARCH_2019, parse("march 2019"));
        assertEquals(MARCH_2019, parse("Mar 2019"));
        assertEquals(MARCH_2019, parse("marzo 2019"));
        assertEquals(MARCH_2019, parse("marzo de 2019"));
        assertEquals(MARCH_2019, parse("Marzo De 2019"));
        assertEquals(ApproximateDate.month(YearMonth.of(2019, 9)), parse("septiembre de 2019"));
        assertEquals(ApproximateDate.month(YearMonth.of(2019, 9)), parse("sept. 2019"));
        assertEquals(ApproximateDate.month(YearMonth.of(2019, 8)), parse("agosto 2019"));
    }

    @Test
    void seasonsInEnglishAndSpanish() {
        assertEquals(SPRING_2019, parse("spring 2019"));
        assertEquals(SPRING_2019, parse("Spring 2019"));
        assertEquals(SPRING_2019, parse("primavera 2019"));
        assertEquals(SPRING_2019, parse("primavera de 2019"));
        assertEquals(ApproximateDate.season(Season.FALL, 2019), parse("fall 2019"));
        assertEquals(ApproximateDate.season(Season.FALL, 2019), parse("autumn 2019"));
        assertEquals(ApproximateDate.season(Season.FALL, 2019), parse("otoño de 2019"));
        assertEquals(ApproximateDate.season(Season.FALL, 2019), parse("otono 2019"));
        assertEquals(ApproximateDate.season(Season.SUMMER, 2019), parse("verano 2019"));
        ApproximateDate winter = parse("invierno 2019");
        assertEquals(ApproximateDate.season(Season.WINTER, 2019), winter);
        assertEquals(LocalDate.of(2020, 2, 29), winter.latest());
        assertEquals(winter, parse("winter 2019"));
    }

    @Test
    void localizedDays() {
        assertEquals(MARCH_14, parse("March 14, 2019"));
        assertEquals(MARCH_14, parse("march 14, 2019"));
        assertEquals(MARCH_14, parse("Mar 14, 2019"));
        assertEquals(MARCH_14, parse("3/14/19"));
        assertEquals(MARCH_14, parse("3/14/2019"));
        assertEquals(MARCH_14, parse("14 de marzo de 2019"));
        assertEquals(MARCH_14, parse("14/3/2019"), "not a valid US date, so read day-first");
    }

    @Test
    void numericDayFollowsThePreferredLanguage() {
        LocalDate april9 = LocalDate.of(2019, 4, 9);
        LocalDate september4 = LocalDate.of(2019, 9, 4);
        assertEquals(april9, ApproximateDateText.parse("4/9/2019", Locale.US).orElseThrow().earliest());
        assertEquals(september4, ApproximateDateText.parse("4/9/2019", ES).orElseThrow().earliest());
        assertEquals(september4, ApproximateDateText.parse("4/9/19", ES).orElseThrow().earliest());
        assertEquals(april9, ApproximateDateText.parse("4/9/19").orElseThrow().earliest());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2019-02-30", "2019-13", "2019-13-01", "2/30/19", "2/30/2019", "30/2/2019",
        "31 de febrero de 2019", "February 30, 2019", "blursday 2019", "spring", "19", "hace dos años",
        "de 2019", "2019-03-14-01"})
    void notADateGivesEmpty(String text) {
        assertEquals(Optional.empty(), ApproximateDateText.parse(text));
        assertEquals(Optional.empty(), ApproximateDateText.parse(text, ES));
    }

    @Test
    void displayInEnglish() {
        assertEquals("Mar 14, 2019", ApproximateDateText.display(MARCH_14, Locale.US));
        assertEquals("March 2019", ApproximateDateText.display(MARCH_2019, Locale.ENGLISH));
        assertEquals("spring 2019", ApproximateDateText.display(SPRING_2019, Locale.ENGLISH));
        assertEquals("winter 2019",
                ApproximateDateText.display(ApproximateDate.season(Season.WINTER, 2019), Locale.ENGLISH));
        assertEquals("2019", ApproximateDateText.display(ApproximateDate.year(2019), Locale.ENGLISH));
    }

    @Test
    void displayInSpanish() {
        assertEquals("marzo de 2019", ApproximateDateText.display(MARCH_2019, ES));
        assertEquals("primavera de 2019", ApproximateDateText.display(SPRING_2019, ES));
        assertEquals("otoño de 2019", ApproximateDateText.display(ApproximateDate.season(Season.FALL, 2019), ES));
        assertEquals("invierno de 2019",
                ApproximateDateText.display(ApproximateDate.season(Season.WINTER, 2019), ES));
        assertEquals("2019", ApproximateDateText.display(ApproximateDate.year(2019), ES));
        assertEquals("14 mar 2019", ApproximateDateText.display(MARCH_14, ES));
    }

    @Test
    void displayedTextReadsBackInItsLanguage() {
        for (ApproximateDate d : samples()) {
            for (Locale l : List.of(Locale.US, ES)) {
                String shown = ApproximateDateText.display(d, l);
                assertEquals(Optional.of(d), ApproximateDateText.parse(shown, l), shown);
            }
        }
    }

    @Test
    void isoFormsAndRoundTrip() {
        assertEquals("2019-03-14", ApproximateDateText.iso(MARCH_14));
        assertEquals("2019-03", ApproximateDateText.iso(MARCH_2019));
        assertEquals("spring 2019", ApproximateDateText.iso(SPRING_2019));
        assertEquals("winter 2019", ApproximateDateText.iso(ApproximateDate.season(Season.WINTER, 2019)));
        assertEquals("2019", ApproximateDateText.iso(ApproximateDate.year(2019)));
        for (ApproximateDate d : samples()) {
            assertEquals(d, parse(ApproximateDateText.iso(d)), ApproximateDateText.iso(d));
        }
    }

    @Test
    void isoDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("winter 2019", ApproximateDateText.iso(ApproximateDate.season(Season.WINTER, 2019)));
            assertEquals(SPRING_2019, parse("SPRING 2019"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void seasonWords() {
        assertEquals("fall", ApproximateDateText.seasonWord(Season.FALL, false));
        assertEquals("otoño", ApproximateDateText.seasonWord(Season.FALL, true));
        assertEquals("verano", ApproximateDateText.seasonWord(Season.SUMMER, true));
    }

    private static List<ApproximateDate> samples() {
        return List.of(MARCH_14, ApproximateDate.day(LocalDate.of(2020, 2, 29)),
                ApproximateDate.day(LocalDate.of(2019, 9, 4)), ApproximateDate.day(LocalDate.of(2019, 12, 31)),
                MARCH_2019, ApproximateDate.month(YearMonth.of(2019, 9)), ApproximateDate.month(YearMonth.of(2019, 5)),
                SPRING_2019, ApproximateDate.season(Season.SUMMER, 2019), ApproximateDate.season(Season.FALL, 2019),
                ApproximateDate.season(Season.WINTER, 2019), ApproximateDate.year(2019));
    }
}
