package org.amparo.store.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultProblem;
import org.amparo.testing.FailAt;
import org.amparo.testing.MutableClock;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

    @Test
    void aBackupIsVerifiedListedAndRestoredWithTheCurrentVaultKeptAside() throws Exception {
        Path folder = dir.resolve("v");
        Path backupFile;
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            Backups backups = new Backups(v, clock, "test");
            BackupEntry b = backups.create(backups.defaultFolder());
            backupFile = b.file();
            assertEquals(1, b.manifest().caseCount());
            assertEquals(BackupEntry.Status.GOOD, backups.list(backups.defaultFolder(), true).get(0).status());
            assertEquals(1, new AuditTrail(v, clock).list(null, 10, 0).stream()
                    .filter(e -> e.action() == AuditAction.BACKUP).count());
            new CaseRepository(v, clock).save(SampleCases.farmworkerSettlement(new ReferenceRepository(v)));
        }
        BackupRestorer.Result r = new BackupRestorer(clock).restore(folder, backupFile,
                TestVaults.PASSPHRASE.toCharArray(), "tester");
        assertEquals(1, r.caseCount());
        assertTrue(Files.exists(r.keptAside().resolve("amparo.mv.db")), "the replaced vault is kept aside");
        try (Vault v = TestVaults.open(folder)) {
            assertEquals(1, new CaseRepository(v, clock).count());
            assertTrue(new AuditTrail(v, clock).list(null, 50, 0).stream()
                    .anyMatch(e -> e.action() == AuditAction.RESTORE));
        }
    }

    @Test
    void theVaultsListAndTheUnlockShelfReadAFolderAlike() throws Exception {
        Path shared = dir.resolve("shelf");
        Path header;
        Backups backups;
        try (Vault other = TestVaults.create(dir.resolve("other"))) {
            new Backups(other, clock, "test").create(shared); // another vault's salt: another passphrase's
        }
        clock.advance(Duration.ofHours(1));
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            header = v.files().header();
            backups = new Backups(v, clock, "test");
            Path mine = backups.create(shared).file();
            Files.writeString(shared.resolve("junk" + BackupArchive.SUFFIX), "not a backup");
            List<BackupEntry> listed = backups.list(shared, true);
            assertEquals(List.of(BackupEntry.Status.GOOD, BackupEntry.Status.OTHER_PASSPHRASE,
                    BackupEntry.Status.UNREADABLE), listed.stream().map(BackupEntry::status).toList());
            assertEquals(mine, listed.get(0).file());
            List<BackupEntry> offered = BackupShelf.newestFirst(List.of(shared, dir.resolve("missing")), header);
            assertEquals(listed.subList(0, 2), offered, "the shelf offers the readable ones, newest first");
        }
        List<BackupEntry> noHeader = BackupShelf.newestFirst(List.of(shared), dir.resolve("no-header"));
        assertEquals(List.of(BackupEntry.Status.GOOD, BackupEntry.Status.GOOD),
                noHeader.stream().map(BackupEntry::status).toList(), "without the vault's header each is a candidate");
    }

    @Test
    void aFlippedByteInABackupIsDetectedByItsTagAndRefusedForRestore() throws Exception {
        Path folder = dir.resolve("v");
        Path good;
        Path bad;
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            Backups backups = new Backups(v, clock, "test");
            good = backups.create(backups.defaultFolder()).file();
            clock.advance(Duration.ofHours(1));
            bad = backups.create(backups.defaultFolder()).file();
            byte[] bytes = Files.readAllBytes(bad);
            bytes[bytes.length / 2] ^= 0x40;
            Files.write(bad, bytes);
            List<BackupEntry> list = backups.list(backups.defaultFolder(), true);
            assertEquals(BackupEntry.Status.DAMAGED, list.get(0).status());
            assertEquals(BackupEntry.Status.GOOD, list.get(1).status());
            assertEquals(good, backups.newestGood(backups.defaultFolder()).orElseThrow().file(),
                    "the newest good backup is offered instead");
        }
        byte[] before = Files.readAllBytes(folder.resolve("amparo.mv.db"));
        VaultException e = assertThrows(VaultException.class, () -> new BackupRestorer(clock).restore(folder, bad,
                TestVaults.PASSPHRASE.toCharArray(), ""));
        assertEquals(VaultProblem.DAMAGED, e.problem());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("amparo.mv.db"))));
    }

    @Test
    void aDiskThatFailsMidWayLeavesNoPartialBackupAndTheVaultUnchanged() throws Exception {
        Path folder = dir.resolve("v");
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            Backups failing = new Backups(v, clock, "test", out -> new FailAt(out, 20_000), BackupRotation.DEFAULT);
            assertThrows(IOException.class, () -> failing.create(failing.defaultFolder()));
            try (Stream<Path> files = Files.list(failing.defaultFolder())) {
                assertEquals(List.of(), files.toList(), "no partial or temporary file is left");
            }
            assertEquals(1, new CaseRepository(v, clock).count());
        }
    }

    @Test
    void restoringWithAWrongPassphraseIsRefused() throws Exception {
        Path folder = dir.resolve("v");
        Path b;
        try (Vault v = TestVaults.create(folder)) {
            Backups backups = new Backups(v, clock, "test");
            b = backups.create(backups.defaultFolder()).file();
        }
        VaultException e = assertThrows(VaultException.class,
                () -> new BackupRestorer(clock).restore(folder, b, "nope".toCharArray(), ""));
        assertEquals(VaultProblem.WRONG_PASSPHRASE, e.problem());
    }

    @Test
    void rotationKeepsTheLastTenAndOneAMonthForAYear() {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        List<Instant> times = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            times.add(now.minus(Duration.ofDays(i)));
        }
        List<Instant> dropped = BackupRotation.DEFAULT.toDelete(times, now);
        List<Instant> kept = times.stream().filter(t -> !dropped.contains(t)).toList();
        assertEquals(10 + 12 - 1, kept.size(), "ten newest (all in November) plus the newest of 11 earlier months");
        assertFalse(kept.contains(now.minus(Duration.ofDays(399))));
    }
}
