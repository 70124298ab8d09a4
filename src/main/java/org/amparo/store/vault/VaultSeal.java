package org.amparo.store.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.amparo.store.files.AtomicFile;

/**
 * The seal a clean close leaves beside the database: an HMAC (keyed from the vault key) over the database
 * file's size and every byte of it. A matching seal proves the file is exactly what the last session closed
 * cleanly, so opening can skip reading the whole file. The seal is removed when the vault is opened for
 * writing, so a missing seal means the last session did not close (or the files were swapped): the next open
 * reads everything first. A seal that does not match means the file changed while the vault was closed.
 * A stale seal can never pass for another file, so no step that replaces the database has to keep it in step.
 */
final class VaultSeal {
    private static final String LABEL = "amparo/seal";
    private static final String PREFIX = "seal-v1=";

    /** What the seal says about the database file. */
    enum State {
        /** No seal: the last session did not close cleanly, or the vault predates seals. */
        ABSENT,
        /** The file is byte for byte what the last clean close left. */
        MATCHES,
        /** The file changed after the last clean close. */
        BROKEN
    }

    private VaultSeal() {
    }

    static State check(VaultFiles files, VaultKey key) throws IOException {
        String text;
        try {
            text = Files.readString(files.seal(), StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return State.ABSENT;
        }
        if (!Files.isRegularFile(files.database())) {
            return State.BROKEN;
        }
        byte[] expected = compute(files.database(), key);
        byte[] stored;
        try {
            stored = text.startsWith(PREFIX) ? HexFormat.of().parseHex(text.substring(PREFIX.length())) : null;
        } catch (IllegalArgumentException e) {
            stored = null;
        }
        return stored != null && MessageDigest.isEqual(expected, stored) ? State.MATCHES : State.BROKEN;
    }

    /** Seals the database as it is now; call only after H2 has closed the file. */
    static void write(VaultFiles files, VaultKey key) throws IOException {
        AtomicFile.writeString(files.seal(), PREFIX + HexFormat.of().formatHex(compute(files.database(), key)) + "\n");
    }

    static void remove(VaultFiles files) throws IOException {
        Files.deleteIfExists(files.seal());
    }

    private static byte[] compute(Path database, VaultKey key) throws IOException {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.subKey(LABEL), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
        mac.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(database)).array());
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(database)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                mac.update(buffer, 0, n);
            }
        }
        return mac.doFinal();
    }
}
