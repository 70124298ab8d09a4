package org.amparo.ui.backups;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.amparo.service.Messages;
import org.amparo.service.backup.AutoBackup;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.common.Notice;

/**
 * The automatic backups of the open vault and the status line that tells about them ("Making a backup…",
 * when the last one was made, or in plain words why one failed). A backup when the vault locks is queued on
 * the same single background thread as the vault's close, before it: the screen is locked at once and the
 * vault closes right after the backup, whatever its outcome.
 */
public final class AutoBackupViewModel {
    static final String BUNDLE = "org.amparo.ui.backups";

    private final FxTaskRunner runner;
    private final Supplier<Path> secondFolder;
    private final Notice status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private AutoBackup current;
    private List<AutoBackup.Outcome> failures = List.of();

    /** @param secondFolder the second backup folder from the settings (null when none), read on this thread */
    public AutoBackupViewModel(FxTaskRunner runner, ObjectProperty<Locale> locale, Supplier<Path> secondFolder) {
        this.runner = runner;
        this.secondFolder = secondFolder;
        this.status = new Notice(locale);
    }

    /** A vault was unlocked: backs up at once if its newest backup is more than a day old. */
    public void vaultOpened(AutoBackup auto) {
        current = auto;
        checkDue();
    }

    /** Called now and then by a timer while the vault is open: a backup when the newest is a day old. */
    public void checkDue() {
        AutoBackup a = current;
        if (a != null) {
            Path second = secondFolder.get();
            run(() -> a.backUpWhereDue(second, AutoBackup.DAILY), false, o -> { });
        }
    }

    /** The vault is about to lock or the app to close (call before the vault's close is queued). */
    public void vaultClosing() {
        AutoBackup a = current;
        current = null;
        if (a != null) {
            Path second = secondFolder.get();
            run(() -> a.backUpNow(second), true, o -> { });
        }
    }

    /**
     * "Back up now" (the backups window); {@code done} gets the outcomes on the user-interface thread.
     * @return false when no backup was started (the vault is locked, or one is being made)
     */
    public boolean backUpNow(Consumer<List<AutoBackup.Outcome>> done) {
        AutoBackup a = current;
        if (a == null || busy.get()) {
            return false;
        }
        Path second = secondFolder.get();
        run(() -> a.backUpNow(second), true, done);
        return true;
    }

    private void run(java.util.concurrent.Callable<List<AutoBackup.Outcome>> work, boolean announce,
                     Consumer<List<AutoBackup.Outcome>> done) {
        if (announce) {
            busy.set(true);
            status.say(l -> words(l).get("backups.making"));
        }
        runner.run(work, outcomes -> {
            busy.set(false);
            report(outcomes, announce);
            done.accept(outcomes);
        }, e -> {
            busy.set(false);
            status.say(l -> words(l).get("backups.failedUnknown"));
        });
    }

    private void report(List<AutoBackup.Outcome> outcomes, boolean announced) {
        failures = outcomes.stream().filter(o -> !o.ok()).toList();
        if (!outcomes.isEmpty()) {
            status.say(describe(outcomes));
        } else if (announced) {
            status.clear(); // the vault was already closed: nothing to say
        }
    }

    /** One line for the outcomes: the failures in plain words, else when the backup was made. */
    static Function<Locale, String> describe(List<AutoBackup.Outcome> outcomes) {
        List<AutoBackup.Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        AutoBackup.Outcome made = outcomes.stream().filter(AutoBackup.Outcome::ok).findFirst().orElse(null);
        return l -> {
            Messages w = words(l);
            StringBuilder line = new StringBuilder();
            if (made != null) {
                line.append(w.get("backups.made", time(l).format(made.made().manifest().createdAt()),
                        made.made().manifest().caseCount()));
            }
            for (AutoBackup.Outcome f : failed) {
                line.append(line.length() == 0 ? "" : " ").append(w.get("backups.failedAt", f.folder()));
            }
            return line.toString();
        };
    }

    private static DateTimeFormatter time(Locale l) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(l).withZone(ZoneId.systemDefault());
    }

    static Messages words(Locale l) {
        return new Messages(BUNDLE, l);
    }

    /** The destinations that failed last time (the app shows them before it closes). */
    public List<AutoBackup.Outcome> failures() {
        return failures;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
