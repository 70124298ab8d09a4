package org.amparo.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.junit.jupiter.api.Test;

/** Backups, restore, passphrase change, check and log, driven through the window. */
class SafetyDesktopTest extends DesktopAppFixture {
    @Override
    Clock clock() {
        return Clock.systemUTC(); // every backup gets its own time (and name)
    }

    @Test
    void lockingMakesAVerifiedBackupBeforeTheVaultClosesAndSaysSo() throws Exception {
        createVault();
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        waitFor(() -> text("#statusLine").startsWith("Backup made")); // the first unlock found none: one is made
        long before = backups();
        Vault vault = session.vault();
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> exists("#unlockScreen"));
        waitFor(vault::isClosed);
        waitFor(() -> text("#statusLine").contains("(1 case), verified."));
        assertTrue(backups() == before + 1, "one more backup, made on the way to the lock");
    }

    long backups() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("vault").resolve("backups"))) {
            return s.filter(p -> p.toString().endsWith(".amparo-backup")).count();
        }
    }
}
