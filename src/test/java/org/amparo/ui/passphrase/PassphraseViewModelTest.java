package org.amparo.ui.passphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.domain.AuditAction;
import org.amparo.service.backup.PassphraseChange;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultOpener;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.unlock.PassphraseStrength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseViewModelTest {
    private static final String NEW = "Otro río, 2027 norte";

    @TempDir
    Path dir;

    private final AtomicInteger changed = new AtomicInteger();

    private PassphraseViewModel model(Vault v, Locale locale) {
        PassphraseViewModel vm = new PassphraseViewModel(v, new PassphraseChange(Clock.systemUTC()),
                () -> KdfParameters.MINIMUM, new FxTaskRunner(Runnable::run, Runnable::run), locale);
        vm.setOnChanged(changed::incrementAndGet);
        return vm;
    }

    @Test
    void badInputIsRefusedWithAMessageAndKeepsWhatWasTyped() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            PassphraseViewModel vm = model(v, Locale.ENGLISH);
            vm.currentProperty().set(TestVaults.PASSPHRASE);
            vm.freshProperty().set("short");
            vm.submit();
            assertEquals("The new passphrase needs at least 8 characters.", vm.messageProperty().get());
            vm.freshProperty().set(NEW);
            assertEquals(PassphraseStrength.STRONG, vm.strengthProperty().get());
            vm.repeatProperty().set(NEW + "x");
            vm.submit();
            assertEquals("The two new passphrases are not the same. Type them again.", vm.messageProperty().get());
            vm.repeatProperty().set(NEW);
            vm.setHasUnsavedWork(() -> true);
            vm.submit();
            assertTrue(vm.messageProperty().get().startsWith("A case has changes that are not saved."));
            vm.setHasUnsavedWork(() -> false);
            vm.currentProperty().set("not the passphrase");
            vm.submit();
            assertEquals("The current passphrase is not right. Nothing was changed.", vm.messageProperty().get());
            assertEquals(NEW, vm.freshProperty().get());
            assertFalse(v.isClosed());
            assertEquals(0, changed.get());
        }
    }

    @Test
    void theVaultIsReencryptedClosedAndOpensOnlyWithTheNewPassphrase() throws Exception {
        Path folder = dir.resolve("v");
        Vault v = TestVaults.create(folder);
        PassphraseViewModel vm = model(v, new Locale("es"));
        vm.currentProperty().set(TestVaults.PASSPHRASE);
        vm.freshProperty().set(NEW);
        vm.repeatProperty().set(NEW);
        vm.submit();
        assertEquals("La contraseña está cambiada.", vm.messageProperty().get());
        assertEquals(1, changed.get());
        assertTrue(v.isClosed());
        assertEquals("", vm.currentProperty().get(), "nothing typed is kept");
        assertFalse(VaultOpener.passphraseMatches(folder, TestVaults.PASSPHRASE.toCharArray()));
        try (Vault reopened = TestVaults.opener().open(folder, NEW.toCharArray())) {
            assertEquals(AuditAction.PASSPHRASE_CHANGED,
                    new AuditTrail(reopened, Clock.systemUTC()).list(null, 1, 0).get(0).action());
        }
    }
}
