package org.amparo.store.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;

/**
 * Changes a vault's passphrase: a consistent copy of the open vault is re-encrypted with the new key in a
 * staging folder, checked, and swapped in with {@link VaultSwap} once the vault is closed. A crash at any
 * moment leaves a vault that opens with the old passphrase or with the new one. Old backups keep opening
 * with the old passphrase.
 */
public final class PassphraseChanger {
    private final VaultSwap.Steps steps;

    public PassphraseChanger(VaultSwap.Steps steps) {
        this.steps = steps;
    }

    /**
     * Re-encrypts {@code vault} under {@code newPassphrase} and closes it; the caller opens it again with the
     * new passphrase. {@code check} verifies the re-encrypted copy (the integrity check); {@code auditNote}
     * is written into the copy's audit trail as the change's entry (by SQL given the open copy).
     */
    public void change(Vault vault, char[] newPassphrase, KdfParameters kdf, Predicate<Vault> check,
                       java.util.function.Consumer<Vault> auditNote) throws VaultException {
        Path folder = vault.files().folder();
        VaultKey newKey = null;
        try {
            Path staging = VaultSwap.staging(folder);
            steps.reached("staging");
            Path h2Zip = staging.resolve("copy.zip");
            vault.dsl().execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'");
            extractDatabase(h2Zip, staging.resolve(VaultFiles.DB_NAME + ".mv.db"));
            Files.delete(h2Zip);
            steps.reached("copied");
            byte[] salt = KeyDerivation.newSalt();
            newKey = KeyDerivation.derive(newPassphrase, salt, kdf);
            reencrypt(staging, vault.key(), newKey);
            steps.reached("reencrypted");
            new VaultHeader(VaultHeader.CURRENT_FORMAT, salt, kdf, newKey.verifier())
                    .write(staging.resolve("vault.properties"));
            try (Vault copy = VaultOpener.openCopy(staging, newKey)) {
                copy.setActor(vault.actor());
                auditNote.accept(copy);
                if (!check.test(copy)) {
                    throw new VaultException(VaultProblem.DAMAGED, staging, null);
                }
            }
            Files.deleteIfExists(staging.resolve("vault.lock"));
            steps.reached("verified");
            vault.close();
            steps.reached("closed");
            VaultSwap.commit(folder, null, steps);
        } catch (IOException | SQLException e) {
            throw new VaultException(VaultProblem.CANNOT_WRITE, folder, e);
        } finally {
            if (newKey != null) {
                newKey.destroy();
            }
        }
    }

    private static void reencrypt(Path staging, VaultKey oldKey, VaultKey newKey) throws SQLException {
        char[] oldPw = oldKey.h2Password();
        char[] newPw = newKey.h2Password();
        try {
            String oldFile = new String(oldPw, 0, indexOfSpace(oldPw));
            String newFile = new String(newPw, 0, indexOfSpace(newPw));
            ChangeFileEncryption.execute(staging.toString(), VaultFiles.DB_NAME, "AES", oldFile.toCharArray(),
                    newFile.toCharArray(), true);
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(new VaultFiles(staging).jdbcUrl(VaultFiles.Access.READ_WRITE));
            ds.setUser(oldKey.h2User());
            String oldUser = new String(oldPw, indexOfSpace(oldPw) + 1, oldPw.length - indexOfSpace(oldPw) - 1);
            ds.setPassword(newFile + " " + oldUser);
            try (Connection c = ds.getConnection()) {
                String newUser = HexFormat.of().formatHex(newKey.subKey("amparo/h2-user"));
                try (PreparedStatement ps = c.prepareStatement("ALTER USER " + oldKey.h2User() + " SET PASSWORD ?")) {
                    ps.setString(1, newUser);
                    ps.execute();
                }
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        } finally {
            java.util.Arrays.fill(oldPw, ' ');
            java.util.Arrays.fill(newPw, ' ');
        }
    }

    private static int indexOfSpace(char[] pw) {
        for (int i = 0; i < pw.length; i++) {
            if (pw[i] == ' ') {
                return i;
            }
        }
        throw new IllegalStateException("H2 password without a user part");
    }

    private static void extractDatabase(Path h2Zip, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy((InputStream) zip, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("H2 wrote no database into its backup");
    }
}
