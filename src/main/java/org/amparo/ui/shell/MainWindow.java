package org.amparo.ui.shell;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.amparo.domain.CaseReference;
import org.amparo.service.Messages;
import org.amparo.store.vault.Vault;
import org.amparo.ui.list.CaseListView;
import org.amparo.ui.list.CaseListViewModel;
import org.amparo.ui.unlock.UnlockView;
import org.amparo.ui.unlock.UnlockViewModel;

/**
 * The main window: the unlock screen while locked, the menus and the case list while a vault is open. It is
 * also where other screens plug in (see the hook methods: {@link #onOpenCase}, {@link #onNewCase},
 * {@link #onTrash}, {@link #onReferenceData}, {@link #onExportRegister}, {@link #refreshList}, {@link #setHasUnsavedWork},
 * {@link #addOnLock}). The hooks stay set across locks and language switches.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/org/amparo/ui/amparo.css";
    static final String BUNDLE = "org.amparo.ui.shell";
    /** How often the idle time is checked. */
    private static final Duration IDLE_CHECK = Duration.seconds(15);
    static final KeyCombination LOCK_KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final ShellViewModel shell;
    private final UnlockViewModel unlock;
    private final Function<Vault, CaseListViewModel> listForVault;
    private final BorderPane root = new BorderPane();
    private final ShellMenus menus = new ShellMenus(this);
    private final LockQuestionDialog lockDialog;
    private CaseListViewModel list;
    private CaseListView listView;
    private UnlockView unlockView;
    private Consumer<CaseReference> openCase;
    private Runnable newCase;
    private Runnable trash;
    private Runnable referenceData;
    private Runnable exportRegister;
    private Runnable settings;
    private final java.util.Map<SafetyItem, Runnable> safety = new java.util.EnumMap<>(SafetyItem.class);
    private final javafx.scene.control.Label status = new javafx.scene.control.Label();

    /**
     * @param listForVault builds the case list's view model for a freshly opened vault (the composition root
     *                     knows the repositories)
     */
    public MainWindow(Stage stage, ShellViewModel shell, UnlockViewModel unlock,
                      Function<Vault, CaseListViewModel> listForVault) {
        this.stage = stage;
        this.shell = shell;
        this.unlock = unlock;
        this.listForVault = listForVault;
        this.lockDialog = new LockQuestionDialog(shell, stage);
        root.setId("mainWindow");
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(620);
        unlock.setOnOpened(shell::unlocked);
        shell.vaultProperty().addListener((o, a, b) -> vaultChanged(b));
        shell.localeProperty().addListener((o, a, b) -> rebuild());
        stage.setOnCloseRequest(e -> {
            e.consume();
            shell.exit();
        });
        watchActivity();
        Timeline idle = new Timeline(new KeyFrame(IDLE_CHECK, e -> shell.checkIdle()));
        idle.setCycleCount(Animation.INDEFINITE);
        idle.play();
        rebuild();
        unlock.checkFolder();
    }

    /** Double-click or Enter on a case in the list. */
    public void onOpenCase(Consumer<CaseReference> action) {
        this.openCase = action;
        if (list != null) {
            list.setOnOpenCase(action);
        }
    }

    /** Ctrl+N, the "New case" button and menu item; without it they are disabled. */
    public void onNewCase(Runnable action) {
        this.newCase = action;
        if (listView != null) {
            listView.setOnNewCase(action);
        }
        rebuildMenus();
    }

    /** The "Trash…" menu item; without it the item is disabled. */
    public void onTrash(Runnable action) {
        this.trash = action;
        rebuildMenus();
    }

    /** The "Reference data…" menu item; without it the item is disabled. */
    public void onReferenceData(Runnable action) {
        this.referenceData = action;
        rebuildMenus();
    }

    /** The "Export register…" menu item (the register of the cases the list's filters select). */
    public void onExportRegister(Runnable action) {
        this.exportRegister = action;
        rebuildMenus();
    }

    /** The "Settings…" menu item. */
    public void onSettings(Runnable action) {
        this.settings = action;
        rebuildMenus();
    }

    /** An item of the Safety menu (backups, passphrase, check, log); without it the item is disabled. */
    public void onSafety(SafetyItem item, Runnable action) {
        safety.put(item, action);
        rebuildMenus();
    }

    /** A status line at the bottom of the window, locked or not (e.g. "Making a backup…"). */
    public void showStatus(javafx.beans.value.ObservableValue<String> text) {
        status.setId("statusLine");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setPadding(new javafx.geometry.Insets(4, 10, 4, 10));
        status.textProperty().bind(text);
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        root.setBottom(status);
    }

    /** Reads the list's page again (after a save, a delete or a restore). */
    public void refreshList() {
        if (list != null) {
            list.refresh();
        }
    }

    /** The editor's answer to "is anything unsaved?"; a lock (by command or idle) then asks first. */
    public void setHasUnsavedWork(BooleanSupplier unsaved) {
        shell.setHasUnsavedWork(unsaved);
    }

    /** Runs when the vault locks, before it closes: close every case window here. */
    public void addOnLock(Runnable clear) {
        shell.addOnLock(clear);
    }

    public Stage stage() {
        return stage;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** The list's view model while a vault is open (null while locked). */
    public CaseListViewModel list() {
        return list;
    }

    public void show() {
        stage.show();
        if (unlockView != null) {
            unlockView.focus();
        }
    }

    void focusSearch() {
        if (listView != null) {
            listView.focusSearch();
        }
    }

    Runnable newCaseAction() {
        return newCase;
    }

    Runnable trashAction() {
        return trash;
    }

    Runnable referenceDataAction() {
        return referenceData;
    }

    Runnable exportRegisterAction() {
        return exportRegister;
    }

    Runnable settingsAction() {
        return settings;
    }

    Runnable safetyAction(SafetyItem item) {
        return safety.get(item);
    }

    Messages words() {
        return new Messages(BUNDLE, shell.localeProperty().get());
    }

    private void vaultChanged(Vault v) {
        if (v == null) {
            if (list != null) {
                list.rows().clear(); // no names stay in memory behind the unlock screen
            }
            list = null;
            listView = null;
        } else {
            list = listForVault.apply(v);
            list.setOnOpenCase(openCase);
            list.start();
        }
        rebuild();
        if (v == null && unlockView != null) {
            unlockView.focus();
        }
    }

    /**
     * Builds the screen once per change of state (a lock or an unlock, a language switch) around the same view
     * models; the view it replaces listened to them only weakly, so nothing keeps it alive.
     */
    private void rebuild() {
        Messages w = words();
        boolean open = shell.vaultProperty().get() != null && list != null;
        stage.setTitle(open ? w.get("shell.titleOpen", shell.vaultProperty().get().files().folder())
                : w.get("shell.title"));
        lockDialog.relabel(w);
        root.setTop(menus.build(w, open));
        if (open) {
            unlockView = null;
            listView = new CaseListView(list);
            listView.setOnNewCase(newCase);
            root.setCenter(listView.root());
        } else {
            listView = null;
            unlockView = new UnlockView(unlock);
            root.setCenter(unlockView.root());
        }
    }

    /** A hook was plugged in: only the menus change (the screen is not built again). */
    private void rebuildMenus() {
        root.setTop(menus.build(words(), shell.vaultProperty().get() != null && list != null));
    }

    /** Any key, click or scroll in any of the app's windows counts as activity for the idle lock. */
    private void watchActivity() {
        EventHandler<InputEvent> seen = e -> shell.activity();
        Consumer<Window> watch = win -> {
            win.addEventFilter(KeyEvent.KEY_PRESSED, seen);
            win.addEventFilter(MouseEvent.MOUSE_PRESSED, seen);
            win.addEventFilter(MouseEvent.MOUSE_MOVED, seen);
            win.addEventFilter(ScrollEvent.SCROLL, seen);
            if (win != stage) {
                // the main window's menu has the accelerator; case windows lock the same way
                win.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (LOCK_KEYS.match(e)) {
                        e.consume();
                        shell.lock();
                    }
                });
            }
        };
        Window.getWindows().forEach(watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(watch);
            }
        });
    }
}
