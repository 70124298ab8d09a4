package org.amparo.service.export;

import java.util.Locale;

/**
 * Choices made at export time: the language of headings and words, whether people are replaced by their
 * pseudonyms, and the password the file is encrypted with (null: not encrypted). The password is only held
 * for the export and never stored; {@link #forget()} wipes it.
 */
public record ExportOptions(Locale language, boolean redact, char[] password) {

    public static ExportOptions of(Locale language) {
        return new ExportOptions(language, false, null);
    }

    public ExportOptions redacted(boolean r) {
        return new ExportOptions(language, r, password);
    }

    public ExportOptions withPassword(char[] p) {
        return new ExportOptions(language, redact, p == null || p.length == 0 ? null : p);
    }

    public boolean encrypted() {
        return password != null;
    }

    /** Overwrites the password in memory. */
    public void forget() {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
