package org.amparo.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.amparo.service.settings.SettingsFile;
import org.amparo.service.settings.UserSettings;
import org.amparo.store.vault.Vault;
import org.amparo.ui.common.FxTaskRunner;

/**
 * The app's state above the screens: the open vault (none while locked), the settings and language, and the
 * lock — by command or after the idle time. A lock with unsaved work asks first ({@link #lockQuestionProperty});
 * it never drops that work silently.
 */
public final class ShellViewModel {
    /** Why a lock is waiting for the user's answer. */
    public enum LockQuestion { NONE, LOCK_COMMAND, IDLE, EXIT }

    private final FxTaskRunner runner;
    private final SettingsFile settingsFile;
    private final LongSupplier nanoTime;
    private final ReadOnlyObjectWrapper<UserSettings> settings = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Vault> vault = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LockQuestion> lockQuestion = new ReadOnlyObjectWrapper<>(LockQuestion.NONE);
    private final List<Runnable> onLock = new ArrayList<>();
    private BooleanSupplier hasUnsavedWork = () -> false;
    private Runnable onExit = () -> { };
    private long lastActivity;

    /**
     * @param nanoTime the clock for the idle lock ({@code System::nanoTime}; tests move their own)
     */
    public ShellViewModel(UserSettings initial, SettingsFile settingsFile, FxTaskRunner runner,
                          LongSupplier nanoTime) {
        this.settingsFile = settingsFile;
        this.runner = runner;
        this.nanoTime = nanoTime;
        settings.set(initial);
        locale.set(initial.language());
        lastActivity = nanoTime.getAsLong();
        locale.addListener((o, a, b) -> {
            if (b != null && !b.getLanguage().equals(settings.get().language().getLanguage())) {
                saveSettings(settings.get().withLanguage(b));
            }
        });
    }

    /** A vault was created or unlocked. */
    public void unlocked(Vault v) {
        v.setActor(settings.get().displayName());
        vault.set(v);
        activity();
        if (!v.files().folder().equals(settings.get().lastVault())) {
            saveSettings(settings.get().withLastVault(v.files().folder()));
        }
    }

    /** New settings were saved (the settings dialog): the language and idle time apply at once. */
    public void applySettings(UserSettings saved) {
        UserSettings s = saved.withLastVault(settings.get().lastVault());
        settings.set(s);
        locale.set(s.language());
        if (vault.get() != null) {
            vault.get().setActor(s.displayName());
        }
    }

    /** The user pressed a key or moved the mouse. */
    public void activity() {
        lastActivity = nanoTime.getAsLong();
    }

    /** Called now and then by a timer: locks after the idle minutes (asking first when work is unsaved). */
    public void checkIdle() {
        if (vault.get() == null || lockQuestion.get() != LockQuestion.NONE) {
            return;
        }
        long idle = nanoTime.getAsLong() - lastActivity;
        if (idle >= TimeUnit.MINUTES.toNanos(settings.get().idleLockMinutes())) {
            request(LockQuestion.IDLE);
        }
    }

    /** Ctrl+L. */
    public void lock() {
        if (vault.get() != null) {
            request(LockQuestion.LOCK_COMMAND);
        }
    }

    /** The window is closing: the vault is closed first (asking about unsaved work), then the app ends. */
    public void exit() {
        if (vault.get() == null) {
            onExit.run();
        } else {
            request(LockQuestion.EXIT);
        }
    }

    /** The user's answer to the lock question: go ahead (unsaved work is dropped) or keep working. */
    public void answerLockQuestion(boolean proceed) {
        LockQuestion q = lockQuestion.get();
        lockQuestion.set(LockQuestion.NONE);
        activity();
        if (proceed && q != LockQuestion.NONE) {
            lockNow(q == LockQuestion.EXIT);
        }
    }

    private void request(LockQuestion why) {
        if (hasUnsavedWork.getAsBoolean()) {
            lockQuestion.set(why);
        } else {
            lockNow(why == LockQuestion.EXIT);
        }
    }

    private void lockNow(boolean thenExit) {
        Vault v = vault.get();
        onLock.forEach(Runnable::run);
        vault.set(null);
        if (v == null) {
            if (thenExit) {
                onExit.run();
            }
            return;
        }
        runner.run(() -> {
            v.close();
            return v;
        }, closed -> {
            if (thenExit) {
                onExit.run();
            }
        }, e -> {
            if (thenExit) {
                onExit.run();
            }
        });
    }

    private void saveSettings(UserSettings s) {
        settings.set(s);
        runner.run(() -> {
            settingsFile.save(s);
            return s;
        }, saved -> { }, e -> { }); // preferences only: a failed write keeps them for this session
    }

    /** Every case view registers here to be cleared when the vault locks (before it closes). */
    public void addOnLock(Runnable clear) {
        onLock.add(clear);
    }

    /** The editor tells whether it holds unsaved edits; a lock then asks first. */
    public void setHasUnsavedWork(BooleanSupplier hasUnsavedWork) {
        this.hasUnsavedWork = hasUnsavedWork == null ? () -> false : hasUnsavedWork;
    }

    public void setOnExit(Runnable onExit) {
        this.onExit = onExit;
    }

    public ReadOnlyObjectProperty<UserSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ReadOnlyObjectProperty<Vault> vaultProperty() {
        return vault.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LockQuestion> lockQuestionProperty() {
        return lockQuestion.getReadOnlyProperty();
    }
}
