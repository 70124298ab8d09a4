package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudonymTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, A", "2, B", "26, Z", "27, AA", "28, AB", "52, AZ", "53, BA", "702, ZZ", "703, AAA"})
    void lettersCountLikeSpreadsheetColumns(int number, String letters) {
        assertEquals(letters, Pseudonym.letters(number));
    }

    @Test
    void lettersAreUniqueForTheFirstThousands() {
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= 20_000; i++) {
            assertEquals(true, seen.add(Pseudonym.letters(i)), "duplicate at " + i);
        }
    }

    @Test
    void labelsInEnglishAndSpanish() {
        assertEquals("Person A", Pseudonym.label(1, Locale.ENGLISH));
        assertEquals("Person AA", Pseudonym.label(27, Locale.US));
        assertEquals("Persona A", Pseudonym.label(1, new Locale("es")));
        assertEquals("Persona Z", Pseudonym.label(26, Locale.forLanguageTag("es-MX")));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> Pseudonym.letters(0));
        assertThrows(IllegalArgumentException.class, () -> Pseudonym.letters(-3));
    }
}
