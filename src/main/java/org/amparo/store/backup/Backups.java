package org.amparo.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.files.AtomicFile;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultHeader;
import org.amparo.store.vault.VaultOpener;
import org.amparo.store.vault.VaultSwap;

/**
 * Verified backups of an open vault: H2's consistent online backup (still encrypted with the vault's key),
 * packed with a manifest and an authentication tag, written to a temporary file and renamed, then opened in a
 * temporary place and checked before it counts. Rotation keeps the last ten and one a month for a year.
 */
public final class Backups {
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Vault vault;
    private final Clock clock;
    private final String appVersion;
    private final UnaryOperator<OutputStream> outputFilter;
    private final BackupRotation rotation;

    public Backups(Vault vault, Clock clock, String appVersion) {
        this(vault, clock, appVersion, UnaryOperator.identity(), BackupRotation.DEFAULT);
    }

    /** @param outputFilter wraps the file's output stream (tests inject a failing one, like a full disk) */
    public Backups(Vault vault, Clock clock, String appVersion, UnaryOperator<OutputStream> outputFilter,
                   BackupRotation rotation) {
        this.vault = vault;
        this.clock = clock;
        this.appVersion = appVersion;
        this.outputFilter = outputFilter;
        this.rotation = rotation;
    }

    /**
     * What the app and the command line run before this version of Amparo upgrades an existing vault: a verified
     * backup in the vault's backup folder, made with the vault as it was. If it cannot be made, the vault is not
     * upgraded and does not open.
     */
    public static VaultOpener.BeforeUpgrade beforeUpgrade(Clock clock, String appVersion) {
        return vault -> {
            Backups backups = new Backups(vault, clock, appVersion);
            backups.create(backups.defaultFolder());
        };
    }

    /** The vault's own backup folder. */
    public Path defaultFolder() {
        return vault.files().backups();
    }

    /** Writes, verifies and rotates one backup in {@code folder}; a backup that fails verification is removed. */
    public BackupEntry create(Path folder) throws IOException {
        Files.createDirectories(folder);
        Instant now = clock.instant();
        Path h2Zip = folder.resolve(".h2-" + UUID.randomUUID() + ".zip");
        Path target = folder.resolve("amparo-" + NAME_TIME.format(now) + BackupArchive.SUFFIX);
        try {
            vault.dsl().execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'");
            int cases = vault.dsl().fetchCount(org.amparo.store.jooq.Tables.CASE_FILE);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, now, appVersion, cases);
            byte[] header = Files.readAllBytes(vault.files().header());
            AtomicFile.write(target, out -> {
                try (InputStream db = databaseIn(h2Zip)) {
                    BackupArchive.write(outputFilter.apply(out), manifest, header, db, vault.backupKey());
                }
            });
        } finally {
            Files.deleteIfExists(h2Zip);
        }
        if (!verify(target)) {
            Files.deleteIfExists(target);
            throw new IOException("the new backup did not pass verification and was removed");
        }
        new AuditTrail(vault, clock).record(AuditAction.BACKUP, null, target.getFileName().toString());
        rotate(folder);
        return new BackupEntry(target, BackupArchive.readPlain(target).manifest(), BackupEntry.Status.GOOD);
    }

    /** True when the newest good backup in the folder is older than {@code maxAge} (or there is none). */
    public boolean isDue(Path folder, java.time.Duration maxAge) {
        return list(folder, false).stream().filter(b -> b.status() != BackupEntry.Status.UNREADABLE)
                .map(b -> b.manifest().createdAt()).max(Comparator.naturalOrder())
                .map(t -> t.plus(maxAge).isBefore(clock.instant())).orElse(true);
    }

    /**
     * The backups in a folder, newest first; with {@code checkTags} each is read whole and its tag checked
     * with this vault's key (backups made under another passphrase are told apart by their header).
     */
    public List<BackupEntry> list(Path folder, boolean checkTags) {
        byte[] currentHeader = BackupShelf.readQuietly(vault.files().header());
        List<BackupEntry> out = BackupShelf.inFolder(folder, h -> sameKey(h, currentHeader));
        if (checkTags) {
            out.replaceAll(this::tagChecked);
        }
        return BackupShelf.newestFirst(out);
    }

    /** A backup of this vault (not yet checked) with its tag checked against this vault's key. */
    private BackupEntry tagChecked(BackupEntry b) {
        if (b.status() != BackupEntry.Status.GOOD) {
            return b;
        }
        try {
            return BackupArchive.verifyAndExtract(b.file(), vault.backupKey(), null) ? b
                    : new BackupEntry(b.file(), b.manifest(), BackupEntry.Status.DAMAGED);
        } catch (IOException | RuntimeException e) {
            return new BackupEntry(b.file(), null, BackupEntry.Status.UNREADABLE);
        }
    }

    /** The newest backup whose tag checks out, if any. */
    public Optional<BackupEntry> newestGood(Path folder) {
        return list(folder, true).stream().filter(b -> b.status() == BackupEntry.Status.GOOD).findFirst();
    }

    /** Checks the tag, then opens the backup's database in a temporary folder and runs the integrity check. */
    public boolean verify(Path backup) throws IOException {
        Path scratch = backup.toAbsolutePath().getParent().resolve(".verify-" + UUID.randomUUID());
        Files.createDirectories(scratch);
        try {
            if (!BackupArchive.verifyAndExtract(backup, vault.backupKey(), scratch)) {
                return false;
            }
            try (Vault copy = VaultOpener.openCopy(scratch, vault.key())) {
                return new IntegrityCheck(copy).run().ok();
            } catch (VaultException e) {
                return false;
            }
        } finally {
            VaultSwap.deleteTree(scratch);
        }
    }

    private void rotate(Path folder) throws IOException {
        List<BackupEntry> all = list(folder, false).stream()
                .filter(b -> b.status() != BackupEntry.Status.UNREADABLE).toList();
        List<Instant> drop = rotation.toDelete(all.stream().map(b -> b.manifest().createdAt()).toList(), clock.instant());
        for (BackupEntry b : all) {
            if (drop.contains(b.manifest().createdAt())) {
                Files.deleteIfExists(b.file());
            }
        }
    }

    static boolean sameKey(byte[] backupHeader, byte[] currentHeader) {
        return currentHeader != null && MessageDigest.isEqual(saltLine(backupHeader), saltLine(currentHeader));
    }

    private static byte[] saltLine(byte[] header) {
        String text = new String(header, java.nio.charset.StandardCharsets.UTF_8);
        return text.lines().filter(l -> l.startsWith("salt=") || l.startsWith("verifier="))
                .reduce("", String::concat).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static InputStream databaseIn(Path h2Zip) throws IOException {
        ZipInputStream zip = new ZipInputStream(Files.newInputStream(h2Zip));
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.getName().endsWith(".mv.db")) {
                return zip;
            }
        }
        zip.close();
        throw new IOException("H2 wrote no database into its backup");
    }

}
