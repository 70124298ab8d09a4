package org.amparo.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsReadBackTheSame() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("config").resolve("settings.properties"));
        UserSettings s = new UserSettings(new Locale("es"), 25, "Ana Núñez", dir.resolve("exports"),
                dir.resolve("vault"), dir.resolve("usb"));
        file.save(s);
        assertEquals(s, file.load());
        String text = Files.readString(file.file());
        assertEquals(false, text.contains("passphrase"));
    }

    @Test
    void aMissingOrOddFileGivesTheDefaultsForWhatItLacks() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        assertEquals(UserSettings.defaults(), file.load());
        Files.writeString(file.file(), "idleLockMinutes=zero\nlanguage=es\n");
        UserSettings read = file.load();
        assertEquals(UserSettings.DEFAULT_IDLE_MINUTES, read.idleLockMinutes());
        assertEquals("es", read.language().getLanguage());
        Files.writeString(file.file(), "idleLockMinutes=100000\n");
        assertEquals(UserSettings.DEFAULT_IDLE_MINUTES, file.load().idleLockMinutes());
    }
}
