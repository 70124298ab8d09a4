package org.amparo.store.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key derived from the passphrase. Separate sub-keys come from it by HMAC-SHA256 with a label:
 * the H2 file password, the H2 user password, the header's verifier and (later) backup tags.
 */
public final class VaultKey {
    private final byte[] key;

    VaultKey(byte[] key) {
        this.key = key.clone();
    }

    public byte[] subKey(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The password H2 gets: "file-password user-password", both hex. */
    char[] h2Password() {
        String s = HexFormat.of().formatHex(subKey("amparo/h2-file")) + " "
                + HexFormat.of().formatHex(subKey("amparo/h2-user"));
        return s.toCharArray();
    }

    String h2User() {
        return "AMPARO";
    }

    byte[] verifier() {
        return subKey("amparo/verifier");
    }

    boolean matches(byte[] storedVerifier) {
        return storedVerifier != null && MessageDigest.isEqual(verifier(), storedVerifier);
    }

    /** An independent copy (destroying one leaves the other intact). */
    public VaultKey copy() {
        return new VaultKey(key);
    }

    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }
}
