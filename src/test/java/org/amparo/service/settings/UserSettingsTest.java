package org.amparo.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserSettingsTest {
    @Test
    void eachChangeKeepsEveryOtherSettingTheSecondBackupFolderToo() {
        Path second = Path.of("/media/usb/amparo-backups");
        UserSettings s = new UserSettings(new Locale("es"), 25, "Ana", Path.of("/exports"), Path.of("/vault"), second);
        assertEquals(second, s.withExportFolder(Path.of("/elsewhere")).secondBackupFolder(),
                "remembering the export folder keeps the second backup folder");
        assertEquals(Path.of("/elsewhere"), s.withExportFolder(Path.of("/elsewhere")).exportFolder());
        assertEquals(second, s.withLanguage(Locale.ENGLISH).secondBackupFolder());
        assertEquals(second, s.withLastVault(Path.of("/other")).secondBackupFolder());
    }
}
