package org.amparo.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The backup file: a zip holding the manifest, a copy of the vault header and the (still encrypted)
 * database, then a tag — HMAC-SHA256, with a key derived from the passphrase, over all three — so a damaged
 * or altered backup is detected before anything is restored from it.
 */
public final class BackupArchive {
    static final String MANIFEST = "manifest.properties";
    static final String HEADER = "vault.properties";
    static final String DATABASE = "amparo.mv.db";
    static final String TAG = "tag";
    public static final String SUFFIX = ".amparo-backup";

    private BackupArchive() {
    }

    /** Writes the archive; {@code database} streams the encrypted database file. */
    static void write(OutputStream out, BackupManifest manifest, byte[] header, InputStream database, byte[] tagKey)
            throws IOException {
        Mac mac = mac(tagKey);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION); // the database is encrypted: it does not compress
        byte[] manifestBytes = manifest.toText().getBytes(StandardCharsets.UTF_8);
        entry(zip, MANIFEST, manifestBytes, mac);
        entry(zip, HEADER, header, mac);
        zip.putNextEntry(new ZipEntry(DATABASE));
        mac.update(label(DATABASE));
        byte[] buf = new byte[1 << 16];
        for (int n; (n = database.read(buf)) > 0; ) {
            zip.write(buf, 0, n);
            mac.update(buf, 0, n);
        }
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(TAG));
        zip.write(HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** What a backup holds, read without any key: its manifest and header. */
    public record Contents(BackupManifest manifest, byte[] header) {
    }

    public static Contents readPlain(Path file) throws IOException {
        BackupManifest manifest = null;
        byte[] header = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (MANIFEST.equals(e.getName())) {
                    manifest = BackupManifest.parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                } else if (HEADER.equals(e.getName())) {
                    header = zip.readAllBytes();
                }
                if (manifest != null && header != null) {
                    break; // both come first; the database is not read here
                }
            }
        }
        if (manifest == null || header == null) {
            throw new IOException("not an Amparo backup");
        }
        return new Contents(manifest, header);
    }

    /**
     * Checks the tag and, when {@code extractTo} is given, writes the header and database there.
     * @return true when the tag matches
     */
    public static boolean verifyAndExtract(Path file, byte[] tagKey, Path extractTo) throws IOException {
        Mac mac = mac(tagKey);
        String tag = null;
        boolean sawDb = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (TAG.equals(name)) {
                    tag = new String(zip.readAllBytes(), StandardCharsets.US_ASCII).trim();
                    continue;
                }
                if (!MANIFEST.equals(name) && !HEADER.equals(name) && !DATABASE.equals(name)) {
                    return false;
                }
                sawDb |= DATABASE.equals(name);
                mac.update(label(name));
                OutputStream sink = extractTo == null || MANIFEST.equals(name) ? OutputStream.nullOutputStream()
                        : Files.newOutputStream(extractTo.resolve(name));
                try (sink) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = zip.read(buf)) > 0; ) {
                        mac.update(buf, 0, n);
                        sink.write(buf, 0, n);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return false;
        }
        return tag != null && sawDb && MessageDigest.isEqual(HexFormat.of().formatHex(mac.doFinal())
                .getBytes(StandardCharsets.US_ASCII), tag.getBytes(StandardCharsets.US_ASCII));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes, Mac mac) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        mac.update(label(name));
        mac.update(bytes);
    }

    private static byte[] label(String name) {
        return (name + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
