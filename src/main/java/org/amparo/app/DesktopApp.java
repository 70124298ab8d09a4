package org.amparo.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.domain.CaseReference;
import org.amparo.service.settings.SettingsFile;
import org.amparo.service.settings.UserSettings;
import org.amparo.service.AppVersion;
import org.amparo.store.backup.Backups;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.KeyDerivation;
import org.amparo.store.vault.VaultFiles;
import org.amparo.store.vault.VaultOpener;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.editor.CaseEditorWindow;
import org.amparo.ui.editor.EditorContext;
import org.amparo.ui.export.ExportDialog;
import org.amparo.ui.list.CaseListViewModel;
import org.amparo.ui.settings.SettingsView;
import org.amparo.ui.settings.SettingsViewModel;
import org.amparo.ui.shell.MainWindow;
import org.amparo.ui.shell.ShellViewModel;
import org.amparo.ui.reference.ReferenceDataWindow;
import org.amparo.ui.trash.TrashWindow;
import org.amparo.ui.unlock.UnlockViewModel;

/**
 * The desktop composition root: builds every object of the desktop app once, by hand, and plugs the screens
 * into the main window's hooks. The services over a vault are built when it is unlocked ({@link VaultSession})
 * and dropped when it locks.
 */
public final class DesktopApp {
    /**
     * @param vaultFolder the vault from {@code --vault}, or null for the last one opened (else the default)
     * @param kdf         key-derivation settings for new vaults (tests pass {@link KdfParameters#MINIMUM})
     */
    public record Options(Path vaultFolder, SettingsFile settingsFile, Supplier<KdfParameters> kdf, Clock clock) {
        public static Options standard(Path vaultFolder) {
            return new Options(vaultFolder, new SettingsFile(SettingsFile.defaultLocation()),
                    () -> KeyDerivation.tune(VaultOpener.UNLOCK_TARGET_MILLIS), Clock.systemDefaultZone());
        }
    }

    private final Options options;
    private final UserSettings settings;
    private SafetyScreens safety;
    private VaultSession session;
    private MainWindow window;

    /** Reads the settings file: construct it off the JavaFX thread. */
    public DesktopApp(Options options) {
        this.options = options;
        this.settings = options.settingsFile().load();
    }

    /** Builds the app into the given stage and shows it (on the JavaFX thread). */
    public MainWindow start(Stage stage) {
        FxTaskRunner runner = FxTaskRunner.onFxThread();
        ShellViewModel shell = new ShellViewModel(settings, options.settingsFile(), runner, System::nanoTime);
        VaultOpener opener = new VaultOpener(new ShippedReferenceData(), options.kdf())
                .beforeUpgrade(Backups.beforeUpgrade(options.clock(), AppVersion.current()));
        Path folder = options.vaultFolder() != null ? options.vaultFolder()
                : settings.lastVault() != null ? settings.lastVault() : VaultFiles.defaultFolder();
        UnlockViewModel unlock = new UnlockViewModel(opener, runner, shell.localeProperty(), folder);
        window = new MainWindow(stage, shell, unlock, vault -> {
            session = new VaultSession(vault, options.clock(), new RunnerWork(runner),
                    () -> shell.settingsProperty().get().exportFolder(),
                    used -> rememberExportFolder(shell, runner, used));
            VaultSession s = session;
            safety.vaultOpened(s);
            return new CaseListViewModel(s.cases()::list, s::filterChoices, runner, shell.localeProperty());
        });
        Consumer<CaseReference> openCase = ref -> CaseEditorWindow.open(stage, editorContext(shell), ref);
        window.onOpenCase(openCase);
        window.onNewCase(() -> CaseEditorWindow.open(stage, editorContext(shell), null));
        window.onTrash(() -> TrashWindow.open(stage, editorContext(shell)));
        window.onReferenceData(() -> ReferenceDataWindow.open(stage, editorContext(shell)));
        window.onExportRegister(() -> ExportDialog.openRegister(stage, session.exports(),
                window.list() == null ? null : window.list().query(), shell.localeProperty().get()));
        window.setHasUnsavedWork(CaseEditorWindow::hasUnsavedWork);
        window.onSettings(() -> {
            SettingsViewModel vm = new SettingsViewModel(shell.settingsProperty().get(), options.settingsFile(),
                    runner);
            vm.addOnSaved(shell::applySettings);
            new SettingsView(vm).show(stage);
        });
        safety = new SafetyScreens(window, unlock, runner, opener, () -> session, openCase);
        window.addOnLock(() -> {
            safety.vaultClosing(); // a backup, queued on the background thread before the vault's close
            // the shell asked before locking when anything was unsaved: what is left open may be dropped
            CaseEditorWindow.closeAll();
            // and every other window over the vault (trash, reference data, timeline previews)
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w instanceof Stage other && other != stage) {
                    other.close();
                }
            }
            if (session != null) {
                session.exports().shutdown();
            }
            session = null;
        });
        shell.setOnExit(() -> {
            safety.beforeExit();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w instanceof Stage s) {
                    s.close();
                }
            }
            runner.shutdown();
        });
        window.show();
        return window;
    }

    /** The editor's services over the open vault, in the current language, with the user's display name. */
    private EditorContext editorContext(ShellViewModel shell) {
        return session.editorContext(shell.localeProperty().get(), shell.settingsProperty().get().displayName(),
                window::refreshList);
    }

    /** Keeps the folder of the last export in the settings file (the folder only, never the file's name). */
    private void rememberExportFolder(ShellViewModel shell, FxTaskRunner runner, Path folder) {
        UserSettings next = shell.settingsProperty().get().withExportFolder(folder);
        if (folder.equals(shell.settingsProperty().get().exportFolder())) {
            return;
        }
        runner.run(() -> {
            options.settingsFile().save(next);
            return next;
        }, shell::applySettings, e -> { }); // not remembered: the next export offers the old folder again
    }

    /** The services of the open vault (null while locked). */
    VaultSession session() {
        return session;
    }
}
