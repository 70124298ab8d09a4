package org.amparo.store.cases;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for searching: lower case, accents removed ("José" and "jose" match), spaces collapsed. */
public final class SearchText {
    private SearchText() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").trim();
    }

    /** A LIKE pattern that matches the folded text anywhere, with LIKE's own characters escaped. */
    public static String containsPattern(String s) {
        String f = fold(s).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + f + "%";
    }
}
