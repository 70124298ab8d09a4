package org.amparo.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.service.Messages;
import org.amparo.service.settings.SettingsFile;
import org.amparo.service.settings.UserSettings;
import org.amparo.ui.common.FxTaskRunner;

/**
 * The settings dialog: language, idle lock minutes, display name, default export folder, second backup folder.
 * Saving checks the
 * values, writes the settings file in the background and then hands the new settings to the app.
 */
public final class SettingsViewModel {
    static final String BUNDLE = "org.amparo.ui.settings";

    private final SettingsFile file;
    private final FxTaskRunner runner;
    private final UserSettings original;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty();
    private final StringProperty displayName = new SimpleStringProperty();
    private final ObjectProperty<Path> exportFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> secondBackupFolder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Consumer<UserSettings>> onSaved = new ArrayList<>();

    public SettingsViewModel(UserSettings current, SettingsFile file, FxTaskRunner runner) {
        this.file = file;
        this.runner = runner;
        this.original = current;
        language.set(current.language());
        idleMinutes.set(current.idleLockMinutes());
        displayName.set(current.displayName());
        exportFolder.set(current.exportFolder());
        secondBackupFolder.set(current.secondBackupFolder());
    }

    /** Called with the saved settings (on the user-interface thread), in the order added. */
    public void addOnSaved(Consumer<UserSettings> action) {
        onSaved.add(action);
    }

    /** Checks and saves; a bad value gets a message and nothing is written. */
    public void save() {
        Messages w = new Messages(BUNDLE, original.language());
        if (!UserSettings.idleMinutesAllowed(idleMinutes.get())) {
            message.set(w.get("settings.idleOutOfRange", UserSettings.MIN_IDLE_MINUTES,
                    UserSettings.MAX_IDLE_MINUTES));
            return;
        }
        UserSettings next = new UserSettings(language.get(), idleMinutes.get(), displayName.get(),
                exportFolder.get(), original.lastVault(), secondBackupFolder.get());
        busy.set(true);
        runner.run(() -> {
            file.save(next);
            return next;
        }, saved -> {
            busy.set(false);
            message.set("");
            onSaved.forEach(a -> a.accept(saved));
        }, e -> {
            busy.set(false);
            message.set(w.get("settings.saveFailed", file.file().getParent()));
        });
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Path> exportFolderProperty() {
        return exportFolder;
    }

    /** A second place for backups (an external drive); null for the vault's own backup folder only. */
    public ObjectProperty<Path> secondBackupFolderProperty() {
        return secondBackupFolder;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The language the dialog itself is shown in (the one in force when it opened). */
    public Locale shownIn() {
        return original.language();
    }
}
