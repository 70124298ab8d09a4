package org.amparo.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.amparo.service.backup.AutoBackup;
import org.amparo.store.backup.Backups;
import org.amparo.store.vault.Vault;
import org.amparo.testing.MutableClock;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackupViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final FxTaskRunner runner = new FxTaskRunner(background::add, Runnable::run);

    @Test
    void lockingQueuesABackupBeforeTheVaultsCloseAndSaysSo() throws Exception {
        Vault v = TestVaults.create(dir.resolve("v"));
        Path second = dir.resolve("external");
        AutoBackupViewModel vm = new AutoBackupViewModel(runner, locale, () -> second);
        vm.vaultOpened(new AutoBackup(v, new Backups(v, clock, "test")));
        drain(); // the first unlock finds no backup: one is due at once
        assertEquals(1, count(v.files().backups()));
        assertTrue(vm.statusProperty().get().startsWith("Backup made"), vm.statusProperty().get());

        clock.advance(java.time.Duration.ofMinutes(5));
        vm.vaultClosing();
        assertEquals("Making a backup…", vm.statusProperty().get(), "said at once, before the work runs");
        assertTrue(vm.busyProperty().get());
        runner.run(() -> {
            v.close(); // what the shell queues right after the lock hooks
            return v;
        }, x -> { }, e -> { });
        drain();
        assertTrue(v.isClosed());
        assertEquals(2, count(v.files().backups()), "the backup ran before the close");
        assertEquals(2, count(second));
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.statusProperty().get().contains("(no cases), verified."), vm.statusProperty().get());
        locale.set(new Locale("es"));
        assertTrue(vm.statusProperty().get().startsWith("Copia de seguridad hecha"), "follows the language");
        assertTrue(vm.failures().isEmpty());
    }

    @Test
    void aFailedBackupIsToldInPlainWordsAndKeptForTheExit() throws Exception {
        Path gone = dir.resolve("drive");
        Files.writeString(gone, "not a folder");
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            AutoBackupViewModel vm = new AutoBackupViewModel(runner, locale, () -> gone);
            vm.vaultOpened(new AutoBackup(v, new Backups(v, clock, "test")));
            drain();
            String said = vm.statusProperty().get();
            assertTrue(said.contains("The backup in " + gone + " could not be made: check that the drive is connected"),
                    said);
            assertFalse(said.contains("Exception"), "no technical words");
            assertEquals(1, vm.failures().size());
            assertEquals(1, count(v.files().backups()), "the vault's own backup was still made");
        }
    }

    @Test
    void noBackupOnceTheVaultIsLockedAndNothingDueSaysNothing() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            AutoBackupViewModel vm = new AutoBackupViewModel(runner, locale, () -> null);
            vm.vaultOpened(new AutoBackup(v, new Backups(v, clock, "test")));
            drain();
            String afterFirst = vm.statusProperty().get();
            vm.checkDue();
            drain();
            assertEquals(afterFirst, vm.statusProperty().get(), "nothing due: the line is left as it was");
            clock.advance(java.time.Duration.ofMinutes(5));
            vm.vaultClosing();
            drain();
            vm.checkDue(); // the timer fires while locked
            assertTrue(background.isEmpty());
            assertEquals(2, count(v.files().backups()));
        }
    }

    private void drain() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".amparo-backup")).count();
        }
    }
}
