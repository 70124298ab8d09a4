package org.amparo.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.store.backup.BackupRotation;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.FailAt;
import org.amparo.testing.MutableClock;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackupTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

    @Test
    void backsUpIntoTheVaultFolderAndTheSecondFolderAndOnlyWhenADayHasPassed() throws Exception {
        Path second = dir.resolve("usb-drive");
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            AutoBackup auto = new AutoBackup(v, new Backups(v, clock, "test"));

            List<AutoBackup.Outcome> first = auto.backUpWhereDue(second, AutoBackup.DAILY);
            assertEquals(2, first.size(), "no backup anywhere yet: both are due");
            assertTrue(first.stream().allMatch(AutoBackup.Outcome::ok));
            assertEquals(1, backupsIn(v.files().backups()));
            assertEquals(1, backupsIn(second));
            assertEquals(1, first.get(1).made().manifest().caseCount());

            clock.advance(Duration.ofHours(23));
            assertTrue(auto.backUpWhereDue(second, AutoBackup.DAILY).isEmpty(), "not a day old yet");
            clock.advance(Duration.ofHours(2));
            assertEquals(2, auto.backUpWhereDue(second, AutoBackup.DAILY).size());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(1, auto.backUpNow(null).size(), "without a second folder only the vault's own");
            assertEquals(3, backupsIn(v.files().backups()));
            assertEquals(2, backupsIn(second));
        }
    }

    @Test
    void aFailingSecondDriveIsReportedAndTheVaultsOwnBackupIsStillMade() throws Exception {
        Path notAFolder = dir.resolve("drive-gone");
        Files.writeString(notAFolder, "a file where the folder should be");
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            AutoBackup auto = new AutoBackup(v, new Backups(v, clock, "test"));
            List<AutoBackup.Outcome> outcomes = auto.backUpNow(notAFolder);
            assertTrue(outcomes.get(0).ok());
            assertFalse(outcomes.get(1).ok());
            assertEquals(notAFolder, outcomes.get(1).folder());
            assertNotNull(outcomes.get(1).failure());
            assertEquals(1, backupsIn(v.files().backups()));
        }
    }

    @Test
    void aFullDiskLeavesNoPartialFileAndTheVaultUnchanged() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            Backups full = new Backups(v, clock, "test", out -> new FailAt(out, 10_000), BackupRotation.DEFAULT);
            List<AutoBackup.Outcome> outcomes = new AutoBackup(v, full).backUpNow(null);
            assertFalse(outcomes.get(0).ok());
            assertEquals(0, backupsIn(v.files().backups()));
            try (Stream<Path> left = Files.list(v.files().backups())) {
                assertEquals(List.of(), left.toList(), "no temporary or partial file is left");
            }
            assertEquals(1, new CaseRepository(v, clock).count());
        }
    }

    @Test
    void aClosedVaultIsNotBackedUp() throws Exception {
        Vault v = TestVaults.create(dir.resolve("v"));
        AutoBackup auto = new AutoBackup(v, new Backups(v, clock, "test"));
        v.close();
        assertTrue(auto.backUpNow(dir.resolve("second")).isEmpty());
    }

    static long backupsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".amparo-backup")).count();
        }
    }
}
