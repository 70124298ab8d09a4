package org.amparo.service.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.amparo.store.files.AtomicFile;

/**
 * Reads and writes {@link UserSettings} as a properties file in the user's configuration folder, replaced
 * atomically. A missing, unreadable or odd file gives the defaults for what it lacks; nothing is lost by it.
 */
public final class SettingsFile {
    private static final String LANGUAGE = "language";
    private static final String IDLE = "idleLockMinutes";
    private static final String NAME = "displayName";
    private static final String EXPORT = "exportFolder";
    private static final String LAST_VAULT = "lastVault";
    private static final String SECOND_BACKUP = "secondBackupFolder";

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** {@code $XDG_CONFIG_HOME/amparo} or {@code ~/.config/amparo}; {@code %APPDATA%\Amparo}; macOS Preferences. */
    public static Path defaultLocation() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Amparo", "settings.properties");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Preferences", "org.amparo.settings.properties");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("amparo").resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    public UserSettings load() {
        UserSettings d = UserSettings.defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return d;
        }
        String lang = p.getProperty(LANGUAGE);
        Locale language = lang == null || lang.isBlank() ? d.language() : Locale.forLanguageTag(lang);
        int idle = d.idleLockMinutes();
        try {
            int read = Integer.parseInt(p.getProperty(IDLE, "").strip());
            idle = UserSettings.idleMinutesAllowed(read) ? read : idle;
        } catch (NumberFormatException ignored) {
            // keep the default
        }
        return new UserSettings(language, idle, p.getProperty(NAME, d.displayName()),
                path(p.getProperty(EXPORT), d.exportFolder()), path(p.getProperty(LAST_VAULT), null),
                path(p.getProperty(SECOND_BACKUP), null));
    }

    public void save(UserSettings s) throws IOException {
        Properties p = new Properties();
        p.setProperty(LANGUAGE, s.language().toLanguageTag());
        p.setProperty(IDLE, Integer.toString(s.idleLockMinutes()));
        p.setProperty(NAME, s.displayName());
        if (s.exportFolder() != null) {
            p.setProperty(EXPORT, s.exportFolder().toString());
        }
        if (s.lastVault() != null) {
            p.setProperty(LAST_VAULT, s.lastVault().toString());
        }
        if (s.secondBackupFolder() != null) {
            p.setProperty(SECOND_BACKUP, s.secondBackupFolder().toString());
        }
        StringWriter out = new StringWriter();
        p.store(out, "Amparo settings (no case data)");
        AtomicFile.writeString(file, out.toString());
    }

    private static Path path(String text, Path fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return fallback;
        }
    }
}
