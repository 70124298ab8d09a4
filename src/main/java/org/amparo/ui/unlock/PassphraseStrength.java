package org.amparo.ui.unlock;

/**
 * A rough strength indication for a new passphrase: an estimate of its guessing work in bits from its length
 * and the kinds of characters in it. It guides; it does not forbid (only a minimum length is required).
 */
public enum PassphraseStrength {
    WEAK, FAIR, GOOD, STRONG;

    /** Fewer characters than this cannot make a vault. */
    public static final int MIN_LENGTH = 8;

    public static PassphraseStrength of(CharSequence s) {
        if (s == null || s.length() < MIN_LENGTH) {
            return WEAK;
        }
        double bits = s.length() * (Math.log(pool(s)) / Math.log(2));
        if (bits < 45) {
            return WEAK;
        }
        if (bits < 65) {
            return FAIR;
        }
        return bits < 90 ? GOOD : STRONG;
    }

    private static int pool(CharSequence s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        boolean beyondAscii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 128) {
                other = true;
            } else {
                beyondAscii = true;
            }
        }
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) + (beyondAscii ? 64 : 0);
        return Math.max(pool, 2);
    }
}
