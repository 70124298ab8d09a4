package org.amparo.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultOpener;
import org.amparo.testing.MutableClock;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {
    @TempDir
    Path dir;

    private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final AtomicReference<Vault> opened = new AtomicReference<>();

    @AfterEach
    void close() {
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    private UnlockViewModel model(Path folder) {
        VaultOpener opener = new VaultOpener(new ShippedReferenceData(), () -> KdfParameters.MINIMUM);
        UnlockViewModel vm = new UnlockViewModel(opener, new FxTaskRunner(Runnable::run, Runnable::run), locale,
                folder);
        vm.setOnOpened(opened::set);
        vm.checkFolder();
        return vm;
    }

    @Test
    void anEmptyFolderGetsANewVaultOnlyWithALongEnoughPassphraseTypedTwiceTheSame() {
        Path folder = dir.resolve("new");
        UnlockViewModel vm = model(folder);
        assertEquals(UnlockViewModel.Mode.CREATE, vm.modeProperty().get());

        vm.passphraseProperty().set("short");
        vm.repeatProperty().set("short");
        vm.submit();
        assertEquals("The passphrase needs at least 8 characters.", vm.messageProperty().get());
        assertFalse(Files.exists(folder), "nothing is written for a refused passphrase");

        vm.passphraseProperty().set("long enough words");
        vm.repeatProperty().set("long enough wordz");
        vm.submit();
        assertEquals("The two passphrases are not the same. Type them again.", vm.messageProperty().get());
        assertEquals("long enough words", vm.passphraseProperty().get(), "what was typed is kept");
        assertNull(opened.get());

        vm.repeatProperty().set("long enough words");
        vm.submit();
        assertNotNull(opened.get());
        assertEquals("", vm.passphraseProperty().get(), "the passphrase is not kept after use");
        assertEquals("", vm.messageProperty().get());
        assertEquals(UnlockViewModel.Mode.UNLOCK, vm.modeProperty().get());
        assertTrue(Files.exists(folder.resolve("vault.properties")));
    }

    @Test
    void anExistingVaultIsUnlockedAndAWrongPassphraseGetsItsOwnMessageInTheUsersLanguage() throws Exception {
        Path folder = dir.resolve("vault");
        TestVaults.create(folder).close();
        UnlockViewModel vm = model(folder);
        assertEquals(UnlockViewModel.Mode.UNLOCK, vm.modeProperty().get());

        vm.passphraseProperty().set("not the passphrase");
        vm.submit();
        assertNull(opened.get());
        assertTrue(vm.messageProperty().get().startsWith("Wrong passphrase"), vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());
        locale.set(new Locale("es"));
        assertTrue(vm.messageProperty().get().startsWith("La contraseña de esta bóveda no es correcta"),
                vm.messageProperty().get());

        vm.passphraseProperty().set(TestVaults.PASSPHRASE);
        vm.submit();
        assertNotNull(opened.get());
    }

    @Test
    void aVaultOpenElsewhereIsReportedAsInUse() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault elsewhere = TestVaults.create(folder)) {
            UnlockViewModel vm = model(folder);
            vm.passphraseProperty().set(TestVaults.PASSPHRASE);
            vm.submit();
            assertNull(opened.get());
            assertTrue(vm.messageProperty().get().startsWith("This vault is open in another Amparo window"),
                    vm.messageProperty().get());
        }
    }

    @Test
    void openAnotherVaultSwitchesFolderAndMode() throws Exception {
        Path other = dir.resolve("other");
        TestVaults.create(other).close();
        UnlockViewModel vm = model(dir.resolve("empty"));
        assertEquals(UnlockViewModel.Mode.CREATE, vm.modeProperty().get());
        vm.passphraseProperty().set("typed for the wrong folder");
        vm.chooseFolder(other);
        assertEquals(other, vm.folderProperty().get());
        assertEquals(UnlockViewModel.Mode.UNLOCK, vm.modeProperty().get());
        assertEquals("", vm.passphraseProperty().get());
    }

    @Test
    void aBackupIsRestoredIntoTheClosedVaultWithTheCurrentOneKeptAsideThenUnlocked() throws Exception {
        Path folder = dir.resolve("vault");
        org.amparo.store.backup.BackupEntry backup;
        java.time.Clock clock = java.time.Clock.systemUTC();
        try (Vault v = TestVaults.create(folder)) {
            var cases = new org.amparo.store.cases.CaseRepository(v, clock);
            var reference = new org.amparo.store.reference.ReferenceRepository(v);
            cases.save(org.amparo.testing.SampleCases.i89RoadsideHold(reference));
            var backups = new org.amparo.store.backup.Backups(v, clock, "test");
            backup = backups.create(backups.defaultFolder());
            cases.save(org.amparo.testing.SampleCases.farmworkerSettlement(reference));
        }
        UnlockViewModel vm = model(folder);
        vm.restoreBackup(backup.file(), backup.manifest().createdAt(), "not it at all".toCharArray(), "Ana");
        assertEquals("That is not the passphrase this backup was made with. Nothing was changed.",
                vm.messageProperty().get());

        vm.restoreBackup(backup.file(), backup.manifest().createdAt(), TestVaults.PASSPHRASE.toCharArray(), "Ana");
        String said = vm.messageProperty().get();
        assertTrue(said.startsWith("The backup made ") && said.contains("is restored (1 case). The vault as it was "
                + "is kept in " + folder.resolve("before-restore-")), said);
        assertFalse(vm.busyProperty().get());
        vm.passphraseProperty().set(TestVaults.PASSPHRASE);
        vm.submit();
        assertNotNull(opened.get());
        assertEquals(1, new org.amparo.store.cases.CaseRepository(opened.get(), clock).count());
    }

    @Test
    void aDamagedVaultOffersTheNewestBackupAndAnAlteredOneIsSkippedForTheNext() throws Exception {
        Path folder = dir.resolve("vault");
        MutableClock clock = new MutableClock(java.time.Instant.now().minus(java.time.Duration.ofDays(3)));
        Path older;
        Path newer;
        try (Vault v = TestVaults.create(folder)) {
            var reference = new org.amparo.store.reference.ReferenceRepository(v);
            var cases = new org.amparo.store.cases.CaseRepository(v, clock);
            cases.save(org.amparo.testing.SampleCases.i89RoadsideHold(reference));
            var backups = new org.amparo.store.backup.Backups(v, clock, "test");
            older = backups.create(backups.defaultFolder()).file();
            clock.advance(java.time.Duration.ofHours(1));
            cases.save(org.amparo.testing.SampleCases.farmworkerSettlement(reference));
            newer = backups.create(backups.defaultFolder()).file();
        }
        org.amparo.testing.FlippedByte.inTheMiddleOf(newer);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(folder.resolve("amparo.mv.db").toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        UnlockViewModel vm = model(folder);
        vm.passphraseProperty().set(TestVaults.PASSPHRASE);
        vm.submit();
        assertNull(opened.get());
        assertEquals(newer, vm.offerProperty().get().file());
        String said = vm.messageProperty().get();
        assertTrue(said.startsWith("The vault file") && said.contains("The newest backup was made 2 days ago")
                && said.contains("holds 2 cases"), said);

        vm.restoreOffered();
        assertNull(opened.get());
        assertEquals(older, vm.offerProperty().get().file(), "the altered backup is refused, the next offered");
        assertTrue(vm.messageProperty().get().startsWith("This backup is damaged or altered and was not restored."),
                vm.messageProperty().get());

        vm.restoreOffered();
        assertNotNull(opened.get(), "restored, then unlocked with the passphrase typed");
        assertNull(vm.offerProperty().get());
        assertEquals(1, new org.amparo.store.cases.CaseRepository(opened.get(), clock).count());
        assertTrue(Files.list(folder).anyMatch(p -> p.getFileName().toString().startsWith("before-restore-")),
                "the damaged vault is kept aside");
    }

    @Test
    void strengthGrowsWithLengthAndVariety() {
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("abc"));
        assertEquals(PassphraseStrength.WEAK, PassphraseStrength.of("abcdefgh"));
        assertEquals(PassphraseStrength.FAIR, PassphraseStrength.of("abcdefghijkl"));
        assertEquals(PassphraseStrength.GOOD, PassphraseStrength.of("correelrio1987"));
        assertEquals(PassphraseStrength.STRONG, PassphraseStrength.of("Corre el río 1987"));
    }
}
