package org.amparo.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.vault.KeyDerivation;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultFiles;
import org.amparo.store.vault.VaultHeader;
import org.amparo.store.vault.VaultKey;
import org.amparo.store.vault.VaultLock;
import org.amparo.store.vault.VaultOpener;
import org.amparo.store.vault.VaultProblem;
import org.amparo.store.vault.VaultSwap;

/**
 * Restores a backup into a (closed) vault folder: the backup's tag is checked with the passphrase it was
 * made under, its database is opened and checked in a staging folder, then it replaces the vault's files
 * through {@link VaultSwap}. The current files are kept aside in {@code before-restore-<time>/}.
 */
public final class BackupRestorer {
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final VaultSwap.Steps steps;

    public BackupRestorer(Clock clock) {
        this(clock, VaultSwap.Steps.NONE);
    }

    public BackupRestorer(Clock clock, VaultSwap.Steps steps) {
        this.clock = clock;
        this.steps = steps;
    }

    /** What a restore did: where the previous vault files were kept, and the restored case count. */
    public record Result(Path keptAside, int caseCount) {
    }

    public Result restore(Path vaultFolder, Path backup, char[] passphrase, String actor) throws VaultException {
        BackupArchive.Contents contents;
        try {
            contents = BackupArchive.readPlain(backup);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.DAMAGED, backup, e);
        }
        Path headerCopy = null;
        VaultKey key;
        try {
            Files.createDirectories(vaultFolder);
            headerCopy = Files.createTempFile(vaultFolder, ".restore-header", ".properties");
            Files.write(headerCopy, contents.header());
            VaultHeader header = VaultHeader.read(headerCopy);
            key = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
            if (!VaultOpener.keyMatches(key, header)) {
                key.destroy();
                throw new VaultException(VaultProblem.WRONG_PASSPHRASE, backup, null);
            }
        } catch (IOException e) {
            throw new VaultException(VaultProblem.CANNOT_WRITE, vaultFolder, e);
        } finally {
            deleteQuietly(headerCopy);
        }
        try (VaultLock lock = VaultLock.acquire(new VaultFiles(vaultFolder).lock())) {
            VaultSwap.recover(vaultFolder);
            Path staging = VaultSwap.staging(vaultFolder);
            if (!BackupArchive.verifyAndExtract(backup, key.subKey("amparo/backup-tag"), staging)) {
                VaultSwap.deleteTree(staging);
                throw new VaultException(VaultProblem.DAMAGED, backup, null);
            }
            int cases;
            try (Vault copy = VaultOpener.openCopy(staging, key)) {
                if (!new IntegrityCheck(copy).run().ok()) {
                    throw new VaultException(VaultProblem.DAMAGED, backup, null);
                }
                cases = copy.dsl().fetchCount(org.amparo.store.jooq.Tables.CASE_FILE);
                copy.setActor(actor);
                new AuditTrail(copy, clock).record(AuditAction.RESTORE, null, backup.getFileName().toString());
            } catch (VaultException e) {
                VaultSwap.deleteTree(staging);
                throw e;
            }
            Files.deleteIfExists(staging.resolve("vault.lock"));
            Path aside = vaultFolder.resolve("before-restore-" + ASIDE.format(clock.instant()));
            VaultSwap.commit(vaultFolder, aside, steps);
            return new Result(aside, cases);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.CANNOT_WRITE, vaultFolder, e);
        } finally {
            key.destroy();
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a header copy holds no case data
            }
        }
    }
}
