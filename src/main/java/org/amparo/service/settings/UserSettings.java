package org.amparo.service.settings;

import java.nio.file.Path;
import java.util.Locale;
import org.amparo.service.Messages;

/**
 * The user's preferences, kept outside the vault in a small plain file: no case data, no passphrase.
 *
 * @param lastVault          the vault folder opened last ("Open another vault…"), or null for the default folder
 * @param secondBackupFolder a second place for backups (an external drive), or null for the vault's own only
 */
public record UserSettings(Locale language, int idleLockMinutes, String displayName, Path exportFolder,
                           Path lastVault, Path secondBackupFolder) {
    public static final int DEFAULT_IDLE_MINUTES = 10;
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;

    public UserSettings {
        language = Messages.supported(language);
        displayName = displayName == null ? "" : displayName.strip();
    }

    /** Settings without a second backup folder. */
    public UserSettings(Locale language, int idleLockMinutes, String displayName, Path exportFolder, Path lastVault) {
        this(language, idleLockMinutes, displayName, exportFolder, lastVault, null);
    }

    /** Language from the system, ten idle minutes, no name, the Documents folder (or home) for exports. */
    public static UserSettings defaults() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return new UserSettings(Locale.getDefault(), DEFAULT_IDLE_MINUTES, "",
                documents.toFile().isDirectory() ? documents : home, null);
    }

    public UserSettings withLanguage(Locale l) {
        return new UserSettings(l, idleLockMinutes, displayName, exportFolder, lastVault, secondBackupFolder);
    }

    public UserSettings withExportFolder(Path folder) {
        return new UserSettings(language, idleLockMinutes, displayName, folder, lastVault, secondBackupFolder);
    }

    public UserSettings withLastVault(Path folder) {
        return new UserSettings(language, idleLockMinutes, displayName, exportFolder, folder, secondBackupFolder);
    }

    public static boolean idleMinutesAllowed(int minutes) {
        return minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES;
    }
}
