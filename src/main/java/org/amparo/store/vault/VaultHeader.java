package org.amparo.store.vault;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import org.amparo.store.files.AtomicFile;

/**
 * The small plain file beside the encrypted database: format version, Argon2id salt and settings, and a
 * verifier that tells a wrong passphrase from a damaged database. It holds no case data.
 */
public record VaultHeader(int format, byte[] salt, KdfParameters kdf, byte[] verifier) {
    /** The newest header format this version of Amparo reads and writes. */
    public static final int CURRENT_FORMAT = 1;

    public static VaultHeader read(Path file) throws VaultException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultProblem.NOT_FOUND, file, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new VaultException(VaultProblem.DAMAGED, file, e);
        }
        try {
            int format = Integer.parseInt(p.getProperty("format", "").trim());
            if (format > CURRENT_FORMAT) {
                throw new VaultException(VaultProblem.NEWER_VERSION, file, null);
            }
            if (format < 1 || !"argon2id".equals(p.getProperty("kdf"))) {
                throw new VaultException(VaultProblem.DAMAGED, file, null);
            }
            Base64.Decoder b64 = Base64.getDecoder();
            KdfParameters kdf = new KdfParameters(Integer.parseInt(p.getProperty("memoryKiB").trim()),
                    Integer.parseInt(p.getProperty("iterations").trim()),
                    Integer.parseInt(p.getProperty("parallelism").trim()));
            byte[] salt = b64.decode(p.getProperty("salt").trim());
            byte[] verifier = b64.decode(p.getProperty("verifier").trim());
            if (salt.length < 16 || verifier.length != 32) {
                throw new VaultException(VaultProblem.DAMAGED, file, null);
            }
            return new VaultHeader(format, salt, kdf, verifier);
        } catch (RuntimeException e) {
            throw new VaultException(VaultProblem.DAMAGED, file, e);
        }
    }

    public void write(Path file) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        StringWriter w = new StringWriter();
        w.write("# Amparo vault header: key-derivation settings only, no case data. Do not edit.\n");
        w.write("format=" + format + "\n");
        w.write("kdf=argon2id\n");
        w.write("memoryKiB=" + kdf.memoryKiB() + "\n");
        w.write("iterations=" + kdf.iterations() + "\n");
        w.write("parallelism=" + kdf.parallelism() + "\n");
        w.write("salt=" + b64.encodeToString(salt) + "\n");
        w.write("verifier=" + b64.encodeToString(verifier) + "\n");
        AtomicFile.writeString(file, w.toString());
    }
}
