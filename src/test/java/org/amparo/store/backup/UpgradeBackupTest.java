package org.amparo.store.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultOpener;
import org.amparo.store.vault.VaultProblem;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer Amparo upgrading an existing vault makes a verified backup of it first, and upgrades nothing without one. */
class UpgradeBackupTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void anOlderVaultIsBackedUpBeforeItIsUpgraded() throws Exception {
        Path folder = olderVault();
        VaultOpener opener = TestVaults.opener().beforeUpgrade(Backups.beforeUpgrade(clock, "test"));
        try (Vault v = opener.open(folder, TestVaults.PASSPHRASE.toCharArray())) {
            Backups backups = new Backups(v, clock, "test");
            List<BackupEntry> made = backups.list(backups.defaultFolder(), true);
            assertEquals(1, made.size(), "one backup, made before the upgrade");
            assertEquals(BackupEntry.Status.GOOD, made.get(0).status());
            assertEquals(1, made.get(0).manifest().caseCount());
            assertEquals(LATEST, schemaVersion(v), "upgraded after the backup");
        }
        try (Vault v = opener.open(folder, TestVaults.PASSPHRASE.toCharArray())) {
            Backups backups = new Backups(v, clock, "test");
            assertEquals(1, backups.list(backups.defaultFolder(), false).size(), "an up-to-date vault: no backup");
        }
    }

    @Test
    void whenTheBackupCannotBeMadeTheVaultIsNeitherUpgradedNorOpened() throws Exception {
        Path folder = olderVault();
        VaultOpener failing = TestVaults.opener().beforeUpgrade(v -> {
            throw new java.io.IOException("disk full");
        });
        VaultException e = assertThrows(VaultException.class,
                () -> failing.open(folder, TestVaults.PASSPHRASE.toCharArray()));
        assertEquals(VaultProblem.CANNOT_WRITE, e.problem());
        try (Vault v = TestVaults.opener().open(folder, TestVaults.PASSPHRASE.toCharArray())) {
            assertEquals(LATEST, schemaVersion(v), "a plain open (no hook) still upgrades");
        }
    }

    /** The newest migration (V5: the register's covering indexes). */
    private static final int LATEST = 5;

    /** A vault as version 3 of the schema left it: V4's indexes back, V5's gone, and their history rows gone. */
    private Path olderVault() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            v.dsl().execute("CREATE INDEX party_case ON case_party(case_id)");
            v.dsl().execute("CREATE INDEX party_person ON case_party(person_id)");
            v.dsl().execute("CREATE INDEX violation_case ON violation(case_id)");
            v.dsl().execute("CREATE INDEX violation_officer ON violation(officer_id)");
            v.dsl().execute("CREATE INDEX violation_provision ON violation(provision_id)");
            v.dsl().execute("CREATE INDEX filing_case ON filing(case_id)");
            v.dsl().execute("DROP INDEX case_register");
            v.dsl().execute("DROP INDEX violation_register");
            v.dsl().execute("DROP INDEX case_incident");
            v.dsl().execute("CREATE INDEX case_incident ON case_file(deleted_at, incident_earliest, id)");
            v.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5')");
            assertEquals(3, schemaVersion(v));
        }
        return folder;
    }

    private static int schemaVersion(Vault v) {
        return ((Number) v.dsl().fetchValue("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""))
                .intValue();
    }
}
