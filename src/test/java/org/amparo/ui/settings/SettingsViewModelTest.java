package org.amparo.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.amparo.service.settings.SettingsFile;
import org.amparo.service.settings.UserSettings;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    private final AtomicReference<UserSettings> saved = new AtomicReference<>();

    private SettingsViewModel model(SettingsFile file) {
        UserSettings current = new UserSettings(Locale.ENGLISH, 10, "", dir, null);
        SettingsViewModel vm = new SettingsViewModel(current, file, new FxTaskRunner(Runnable::run, Runnable::run));
        vm.addOnSaved(saved::set);
        return vm;
    }

    @Test
    void savesTheFileAndHandsTheNewSettingsOn() {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        SettingsViewModel vm = model(file);
        vm.languageProperty().set(new Locale("es"));
        vm.idleMinutesProperty().set(3);
        vm.displayNameProperty().set("  Ana ");
        vm.exportFolderProperty().set(dir.resolve("out"));
        vm.secondBackupFolderProperty().set(dir.resolve("usb"));
        vm.save();
        UserSettings expected = new UserSettings(new Locale("es"), 3, "Ana", dir.resolve("out"), null,
                dir.resolve("usb"));
        assertEquals(expected, saved.get());
        assertEquals(expected, file.load());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void anIdleTimeOutOfRangeIsRefusedWithAMessageAndNothingWritten() {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        SettingsViewModel vm = model(file);
        vm.idleMinutesProperty().set(0);
        vm.save();
        assertEquals("Idle lock minutes must be between 1 and 240.", vm.messageProperty().get());
        assertNull(saved.get());
        assertFalse(Files.exists(file.file()));
    }

    @Test
    void aFailedWriteSaysSoAndKeepsTheDialogsValues() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        SettingsViewModel vm = model(new SettingsFile(blocker.resolve("settings.properties")));
        vm.displayNameProperty().set("Ana");
        vm.save();
        assertEquals("The settings could not be saved in " + blocker + ". Nothing was changed.",
                vm.messageProperty().get());
        assertNull(saved.get());
        assertEquals("Ana", vm.displayNameProperty().get());
    }
}
