package org.amparo.ui.reference;

/** Small text clean-ups shared by the reference forms. */
final class Texts {
    private Texts() {
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
