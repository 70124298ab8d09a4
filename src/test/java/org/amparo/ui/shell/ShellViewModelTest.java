package org.amparo.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.service.settings.SettingsFile;
import org.amparo.service.settings.UserSettings;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger cleared = new AtomicInteger();
    private final AtomicBoolean unsaved = new AtomicBoolean();
    private SettingsFile file;
    private ShellViewModel shell;
    private Vault vault;

    @BeforeEach
    void openVault() throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        shell = new ShellViewModel(new UserSettings(Locale.ENGLISH, 10, "Ana", dir, null), file,
                new FxTaskRunner(Runnable::run, Runnable::run), now::get);
        shell.addOnLock(cleared::incrementAndGet);
        shell.setHasUnsavedWork(unsaved::get);
        vault = TestVaults.create(dir.resolve("vault"));
        shell.unlocked(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private void idleFor(int minutes) {
        now.addAndGet(TimeUnit.MINUTES.toNanos(minutes));
    }

    @Test
    void lockClearsTheViewsAndClosesTheVault() {
        assertSame(vault, shell.vaultProperty().get());
        assertEquals("Ana", vault.actor(), "the display name goes to the audit trail");
        shell.lock();
        assertNull(shell.vaultProperty().get());
        assertEquals(1, cleared.get());
        assertTrue(vault.isClosed());
    }

    @Test
    void theIdleLockComesAfterTheSetMinutesCountedFromTheLastActivity() {
        idleFor(9);
        shell.checkIdle();
        assertFalse(vault.isClosed());
        shell.activity();
        idleFor(9);
        shell.checkIdle();
        assertFalse(vault.isClosed(), "activity restarts the count");
        idleFor(1);
        shell.checkIdle();
        assertTrue(vault.isClosed());
        assertEquals(1, cleared.get());
    }

    @Test
    void theIdleLockAsksWhenWorkIsUnsavedAndKeepsItWhenTheUserSaysSo() {
        unsaved.set(true);
        idleFor(10);
        shell.checkIdle();
        assertEquals(ShellViewModel.LockQuestion.IDLE, shell.lockQuestionProperty().get());
        assertFalse(vault.isClosed(), "nothing is dropped while the question waits");
        assertEquals(0, cleared.get());
        idleFor(30);
        shell.checkIdle();
        assertFalse(vault.isClosed());

        shell.answerLockQuestion(false);
        assertEquals(ShellViewModel.LockQuestion.NONE, shell.lockQuestionProperty().get());
        assertFalse(vault.isClosed());

        shell.lock();
        assertEquals(ShellViewModel.LockQuestion.LOCK_COMMAND, shell.lockQuestionProperty().get());
        shell.answerLockQuestion(true);
        assertTrue(vault.isClosed());
        assertEquals(1, cleared.get());
    }

    @Test
    void newSettingsApplyAtOnceAndTheLanguageChoiceIsRemembered() {
        shell.applySettings(new UserSettings(new Locale("es"), 2, "Beatriz", dir, null));
        assertEquals("es", shell.localeProperty().get().getLanguage());
        assertEquals("Beatriz", vault.actor());
        idleFor(2);
        shell.checkIdle();
        assertTrue(vault.isClosed(), "the new idle time applies");

        shell.localeProperty().set(Locale.ENGLISH);
        assertEquals("en", file.load().language().getLanguage());
        assertEquals(dir.resolve("vault"), file.load().lastVault());
    }

    @Test
    void exitClosesTheVaultBeforeTheAppEnds() {
        AtomicBoolean ended = new AtomicBoolean();
        shell.setOnExit(() -> {
            assertTrue(vault.isClosed());
            ended.set(true);
        });
        shell.exit();
        assertTrue(ended.get());
    }
}
