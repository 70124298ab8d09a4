package org.amparo.domain;

import java.util.Locale;

/** Turns a person's stable pseudonym number into letters and a label: 1 → "A", 27 → "AA"; "Person A" / "Persona A". */
public final class Pseudonym {
    private Pseudonym() {
    }

    public static String letters(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("pseudonym numbers start at 1");
        }
        StringBuilder sb = new StringBuilder();
        int n = number;
        while (n > 0) {
            n--;
            sb.append((char) ('A' + n % 26));
            n /= 26;
        }
        return sb.reverse().toString();
    }

    public static String label(int number, Locale locale) {
        String word = "es".equals(locale.getLanguage()) ? "Persona" : "Person";
        return word + " " + letters(number);
    }
}
