package org.amparo.service.timeline;

import java.util.Locale;

/** The paper a timeline is laid out for, in PDF points (1/72 inch). Letter is the default in Vermont. */
public enum PaperSize {
    LETTER(612f, 792f), A4(595.276f, 841.89f);

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** "letter" or "a4" (any case); null when the word is neither. */
    public static PaperSize parse(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "letter" -> LETTER;
            case "a4" -> A4;
            default -> null;
        };
    }
}
