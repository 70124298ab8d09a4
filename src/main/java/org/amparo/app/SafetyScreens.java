package org.amparo.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.amparo.domain.CaseReference;
import org.amparo.service.Messages;
import org.amparo.service.backup.PassphraseChange;
import org.amparo.service.backup.VaultCheck;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.vault.VaultOpener;
import org.amparo.ui.backups.AutoBackupViewModel;
import org.amparo.ui.backups.BackupsViewModel;
import org.amparo.ui.backups.BackupsWindow;
import org.amparo.ui.backups.RestoreRequest;
import org.amparo.ui.check.CheckViewModel;
import org.amparo.ui.check.CheckWindow;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.editor.CaseEditorWindow;
import org.amparo.ui.log.LogViewModel;
import org.amparo.ui.log.LogWindow;
import org.amparo.ui.passphrase.PassphraseDialog;
import org.amparo.ui.passphrase.PassphraseViewModel;
import org.amparo.ui.shell.MainWindow;
import org.amparo.ui.shell.SafetyItem;
import org.amparo.ui.shell.ShellViewModel;
import org.amparo.ui.unlock.UnlockViewModel;

/**
 * The composition root's part for keeping cases safe: automatic backups (on lock, on exit, daily), and the
 * Safety menu's windows — backups and restore, passphrase change, integrity check, log. Their windows close
 * when the vault locks.
 */
final class SafetyScreens {
    /** How often the app looks whether the daily backup is due. */
    private static final Duration BACKUP_CHECK = Duration.minutes(10);

    private final MainWindow window;
    private final ShellViewModel shell;
    private final UnlockViewModel unlock;
    private final FxTaskRunner runner;
    private final VaultOpener opener;
    private final Supplier<VaultSession> session;
    private final Consumer<CaseReference> openCase;
    private final AutoBackupViewModel autoBackup;
    private final Timeline daily;

    /** @param openCase opens a case in the editor, as the case list does (the check window's "Open case") */
    SafetyScreens(MainWindow window, UnlockViewModel unlock, FxTaskRunner runner, VaultOpener opener,
                  Supplier<VaultSession> session, Consumer<CaseReference> openCase) {
        this.window = window;
        this.shell = window.shell();
        this.unlock = unlock;
        this.runner = runner;
        this.opener = opener;
        this.session = session;
        this.openCase = openCase;
        this.autoBackup = new AutoBackupViewModel(runner, shell.localeProperty(), this::secondFolder);
        window.showStatus(autoBackup.statusProperty());
        daily = new Timeline(new KeyFrame(BACKUP_CHECK, e -> autoBackup.checkDue()));
        daily.setCycleCount(Animation.INDEFINITE);
        daily.play();
        window.onSafety(SafetyItem.BACKUPS, this::openBackups);
        window.onSafety(SafetyItem.PASSPHRASE, this::openPassphrase);
        window.onSafety(SafetyItem.LOG, () -> openLog(window.stage(), null));
        CaseEditorWindow.setHistoryAction(new CaseEditorWindow.CaseAction(
                l -> new Messages("org.amparo.ui.log", l).get("log.history"), this::openLog));
        window.onSafety(SafetyItem.CHECK, () -> {
            CheckViewModel vm = checkFor(session.get());
            if (vm != null) {
                showCheck(vm);
                vm.run();
            }
        });
    }

    /** A vault was unlocked: a backup if the newest is a day old, then a check if the last is a week old. */
    void vaultOpened(VaultSession s) {
        autoBackup.vaultOpened(s.autoBackup());
        CheckViewModel weekly = checkFor(s);
        weekly.runIfDue(() -> showCheck(weekly)); // shown only when it finds something
    }

    /** The vault's log, or one case's history (from its editor). */
    private void openLog(javafx.stage.Window owner, String caseReference) {
        VaultSession s = session.get();
        if (s != null) {
            LogViewModel vm = new LogViewModel(new AuditTrail(s.vault(), s.clock()), caseReference, runner, locale());
            LogWindow.open(owner, vm);
        }
    }

    private CheckViewModel checkFor(VaultSession s) {
        if (s == null) {
            return null;
        }
        CheckViewModel vm = new CheckViewModel(new VaultCheck(s.vault(), s.clock()), runner, locale());
        vm.setOnOpenCase(ref -> {
            if (session.get() != null) { // the check window closes on lock; never open an editor over no vault
                openCase.accept(ref);
            }
        });
        return vm;
    }

    private void showCheck(CheckViewModel vm) {
        CheckWindow.open(window.stage(), vm);
    }

    /** The vault is locking (before its close is queued): one backup (the composition root closes the windows). */
    void vaultClosing() {
        autoBackup.vaultClosing();
    }

    /** The app is ending: a backup made on the way out that failed is said before the window goes. */
    void beforeExit() {
        daily.stop();
        Stage stage = window.stage();
        if (autoBackup.failures().isEmpty() || !stage.isShowing()) {
            return;
        }
        Messages w = new Messages("org.amparo.ui.backups", locale());
        Alert alert = new Alert(Alert.AlertType.WARNING, autoBackup.statusProperty().get(), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(w.get("backups.failedOnExitTitle"));
        alert.setHeaderText(w.get("backups.failedOnExit"));
        alert.showAndWait();
    }

    private void openBackups() {
        VaultSession s = session.get();
        if (s == null) {
            return;
        }
        BackupsViewModel vm = new BackupsViewModel(s.autoBackup(), autoBackup, runner, this::secondFolder, locale());
        vm.setHasUnsavedWork(CaseEditorWindow::hasUnsavedWork);
        vm.setOnRestore(this::restore);
        BackupsWindow.open(window.stage(), vm);
    }

    /** The change closes the vault; the unlock screen then asks for the new passphrase. */
    private void openPassphrase() {
        VaultSession s = session.get();
        if (s == null) {
            return;
        }
        PassphraseViewModel vm = new PassphraseViewModel(s.vault(), new PassphraseChange(s.clock()),
                opener::kdfForNewVault, runner, locale());
        vm.setHasUnsavedWork(CaseEditorWindow::hasUnsavedWork);
        PassphraseDialog.open(window.stage(), vm);
        vm.setOnChanged(() -> {
            shell.lock(); // the vault is already closed: this drops the screens over it
            unlock.tell(l -> new Messages("org.amparo.ui.passphrase", l).get("passphrase.unlockWithNew"));
        });
    }

    /**
     * Closes the vault (its close and a last backup are queued on the one background thread) and then restores
     * the backup from the unlock screen, queued after them.
     */
    private void restore(RestoreRequest request) {
        shell.lock();
        if (shell.vaultProperty().get() != null) {
            java.util.Arrays.fill(request.passphrase(), ' '); // the lock is waiting for the user's answer
            return;
        }
        unlock.restoreBackup(request.backup(), request.createdAt(), request.passphrase(),
                shell.settingsProperty().get().displayName());
    }

    private Path secondFolder() {
        return shell.settingsProperty().get().secondBackupFolder();
    }

    private Locale locale() {
        return shell.localeProperty().get();
    }
}
