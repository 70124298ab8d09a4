package org.amparo.ui.backups;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.service.Messages;
import org.amparo.service.backup.AutoBackup;
import org.amparo.store.backup.BackupEntry;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.unlock.BackupTime;

/**
 * The backups window: every backup in the vault's backup folder and the second folder, newest first, each
 * checked by its tag; "Back up now"; and "Restore…" with a preview of what happens before the user confirms.
 */
public final class BackupsViewModel {
    private final AutoBackup auto;
    private final AutoBackupViewModel autoBackup;
    private final FxTaskRunner runner;
    private final Supplier<Path> secondFolder;
    private final Messages words;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private BooleanSupplier hasUnsavedWork = () -> false;
    private Consumer<RestoreRequest> onRestore = r -> { };

    public BackupsViewModel(AutoBackup auto, AutoBackupViewModel autoBackup, FxTaskRunner runner,
                            Supplier<Path> secondFolder, Locale locale) {
        this.auto = auto;
        this.autoBackup = autoBackup;
        this.runner = runner;
        this.secondFolder = secondFolder;
        this.words = new Messages(AutoBackupViewModel.BUNDLE, locale);
    }

    /** Restoring closes the vault: open cases with unsaved changes stop it first. */
    public void setHasUnsavedWork(BooleanSupplier unsaved) {
        this.hasUnsavedWork = unsaved;
    }

    /** Called with a confirmed restore; the app closes the vault and restores it. */
    public void setOnRestore(Consumer<RestoreRequest> onRestore) {
        this.onRestore = onRestore;
    }

    /** Lists the backups of every destination (reading each whole to check its tag: in the background). */
    public void refresh() {
        refresh(null);
    }

    private void refresh(String thenSay) {
        busy.set(true);
        message.set(words.get("backups.reading"));
        Path second = secondFolder.get();
        runner.run(() -> {
            List<BackupEntry> all = new ArrayList<>();
            for (Path folder : auto.destinations(second)) {
                all.addAll(auto.backups().list(folder, true));
            }
            all.sort(java.util.Comparator.comparing((BackupEntry b) -> b.manifest() == null ? java.time.Instant.EPOCH
                    : b.manifest().createdAt()).reversed());
            return all;
        }, all -> {
            busy.set(false);
            rows.setAll(all.stream().map(this::row).toList());
            message.set(thenSay != null ? thenSay
                    : all.isEmpty() ? words.get("backups.none") : words.get("backups.count", all.size()));
        }, e -> {
            busy.set(false);
            message.set(words.get("backups.readFailed"));
        });
    }

    /** "Back up now": one verified backup into every destination, then the list again. */
    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(words.get("backups.making"));
        boolean started = autoBackup.backUpNow(outcomes -> {
            busy.set(false);
            refresh(AutoBackupViewModel.describe(outcomes).apply(words.locale()));
        });
        if (!started) {
            busy.set(false);
            message.set(words.get("backups.failedUnknown"));
        }
    }

    /** What restoring this backup does, in plain words, shown before the user confirms. */
    public String preview(BackupRow row) {
        if (row == null || !row.restorable()) {
            return words.get("backups.notRestorable");
        }
        String passphrase = row.entry().status() == BackupEntry.Status.OTHER_PASSPHRASE
                ? words.get("backups.previewOldPassphrase") : words.get("backups.previewSamePassphrase");
        return words.get("backups.preview", row.created(), row.entry().manifest().caseCount()) + " " + passphrase;
    }

    /** The user confirmed: refused (with a message) while a case has unsaved changes or for a bad backup. */
    public boolean restore(BackupRow row, char[] passphrase) {
        if (row == null || !row.restorable()) {
            message.set(words.get("backups.notRestorable"));
            return false;
        }
        if (hasUnsavedWork.getAsBoolean()) {
            message.set(words.get("backups.unsavedFirst"));
            return false;
        }
        if (passphrase == null || passphrase.length == 0) {
            message.set(words.get("backups.passphraseNeeded"));
            return false;
        }
        onRestore.accept(new RestoreRequest(row.entry().file(), row.entry().manifest().createdAt(),
                row.entry().manifest().caseCount(), passphrase));
        return true;
    }

    private BackupRow row(BackupEntry b) {
        String created = b.manifest() == null ? "" : BackupTime.of(b.manifest().createdAt(), words.locale());
        String cases = b.manifest() == null ? "" : Integer.toString(b.manifest().caseCount());
        return new BackupRow(b, created, cases, words.get("backups.status." + b.status().name()),
                b.file().toAbsolutePath().getParent().toString());
    }

    public Messages words() {
        return words;
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
