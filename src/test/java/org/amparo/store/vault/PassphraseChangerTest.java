package org.amparo.store.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.BackupRestorer;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangerTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void afterAChangeOnlyTheNewPassphraseOpensTheVaultAndOldBackupsKeepTheOldOne() throws Exception {
        Path folder = dir.resolve("v");
        Path oldBackup;
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            Backups backups = new Backups(v, clock, "test");
            oldBackup = backups.create(backups.defaultFolder()).file();
            change(v, "nueva contraseña");
        }
        VaultException wrong = assertThrows(VaultException.class, () -> TestVaults.open(folder));
        assertEquals(VaultProblem.WRONG_PASSPHRASE, wrong.problem());
        try (Vault v = TestVaults.opener().open(folder, "nueva contraseña".toCharArray())) {
            assertEquals(1, new CaseRepository(v, clock).count());
            assertTrue(new IntegrityCheck(v).run().ok());
            assertTrue(new AuditTrail(v, clock).list(null, 20, 0).stream()
                    .anyMatch(e -> e.action() == AuditAction.PASSPHRASE_CHANGED));
            Backups backups = new Backups(v, clock, "test");
            assertEquals(BackupEntry.Status.OTHER_PASSPHRASE, backups.list(backups.defaultFolder(), true).get(0).status());
        }
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".swap")), "no staging left");
        }
        // the old backup still restores with the old passphrase
        BackupRestorer.Result r = new BackupRestorer(clock).restore(folder, oldBackup,
                TestVaults.PASSPHRASE.toCharArray(), "");
        assertEquals(1, r.caseCount());
        try (Vault v = TestVaults.open(folder)) {
            assertEquals(1, new CaseRepository(v, clock).count());
        }
    }

    static void change(Vault v, String newPassphrase) throws VaultException {
        new PassphraseChanger(VaultSwap.Steps.NONE).change(v, newPassphrase.toCharArray(), KdfParameters.MINIMUM,
                copy -> new IntegrityCheck(copy).run().ok(),
                copy -> new AuditTrail(copy, Clock.systemUTC()).record(AuditAction.PASSPHRASE_CHANGED, null, null));
    }
}
