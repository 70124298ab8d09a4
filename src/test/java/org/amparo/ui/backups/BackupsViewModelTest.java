package org.amparo.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.amparo.service.backup.AutoBackup;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.FlippedByte;
import org.amparo.testing.MutableClock;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final FxTaskRunner now = new FxTaskRunner(Runnable::run, Runnable::run);
    private final AtomicReference<RestoreRequest> requested = new AtomicReference<>();

    private BackupsViewModel model(Vault v, Path second, Locale locale) {
        AutoBackup auto = new AutoBackup(v, new Backups(v, clock, "test"));
        AutoBackupViewModel autoVm = new AutoBackupViewModel(now, new SimpleObjectProperty<>(locale), () -> second);
        autoVm.vaultOpened(auto);
        BackupsViewModel vm = new BackupsViewModel(auto, autoVm, now, () -> second, locale);
        vm.setOnRestore(requested::set);
        return vm;
    }

    @Test
    void listsEveryDestinationNewestFirstAndBacksUpNow() throws Exception {
        Path second = dir.resolve("usb");
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            BackupsViewModel vm = model(v, second, Locale.ENGLISH); // the first open made one in each place
            vm.refresh();
            assertEquals(2, vm.rows().size());
            assertEquals("2 backups, newest first.", vm.messageProperty().get());
            assertEquals("1", vm.rows().get(0).cases());
            assertEquals("Good", vm.rows().get(0).status());

            clock.advance(Duration.ofHours(1));
            vm.backUpNow();
            assertEquals(4, vm.rows().size());
            assertTrue(vm.messageProperty().get().startsWith("Backup made"), vm.messageProperty().get());
            assertEquals(second.toAbsolutePath().toString(), vm.rows().stream().filter(r -> r.folder().contains("usb"))
                    .findFirst().orElseThrow().folder());
            assertFalse(vm.busyProperty().get());
        }
    }

    @Test
    void aFlippedByteMakesABackupDamagedAndItIsNeverOfferedForRestore() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            BackupsViewModel vm = model(v, null, new Locale("es"));
            vm.refresh();
            BackupRow good = vm.rows().get(0);
            FlippedByte.inTheMiddleOf(good.entry().file());
            vm.refresh();
            BackupRow damaged = vm.rows().get(0);
            assertEquals(BackupEntry.Status.DAMAGED, damaged.entry().status());
            assertEquals("Dañada o alterada: no se puede restaurar", damaged.status());
            assertFalse(damaged.restorable());
            assertTrue(vm.preview(damaged).startsWith("Esta copia está dañada"));
            assertFalse(vm.restore(damaged, "x".toCharArray()));
            assertNull(requested.get());
        }
    }

    @Test
    void restoringShowsWhatHappensAndIsRefusedWhileACaseIsUnsaved() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            BackupsViewModel vm = model(v, null, Locale.ENGLISH);
            vm.refresh();
            BackupRow row = vm.rows().get(0);
            String preview = vm.preview(row);
            assertTrue(preview.contains("with 1 case?"), preview);
            assertTrue(preview.contains("kept aside in a folder named before-restore-"), preview);
            assertTrue(preview.endsWith("Type your passphrase to confirm."), preview);

            vm.setHasUnsavedWork(() -> true);
            assertFalse(vm.restore(row, "p".toCharArray()));
            assertEquals("A case has changes that are not saved. Save or close it first, then restore.",
                    vm.messageProperty().get());
            vm.setHasUnsavedWork(() -> false);
            assertFalse(vm.restore(row, new char[0]));
            assertTrue(vm.restore(row, TestVaults.PASSPHRASE.toCharArray()));
            assertEquals(row.entry().file(), requested.get().backup());
            assertEquals(1, requested.get().caseCount());
        }
    }
}
