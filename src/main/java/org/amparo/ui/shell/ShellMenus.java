package org.amparo.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.amparo.service.Messages;

/** The main window's menus and their shortcuts (Ctrl+N, Ctrl+F, Ctrl+L; Cmd on macOS). */
final class ShellMenus {
    private final MainWindow window;

    ShellMenus(MainWindow window) {
        this.window = window;
    }

    MenuBar build(Messages w, boolean open) {
        MenuItem newCase = item("menuNewCase", w.get("shell.menu.newCase"), window.newCaseAction(), open);
        newCase.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem find = item("menuFind", w.get("shell.menu.find"), window::focusSearch, open);
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem lock = item("menuLock", w.get("shell.menu.lock"), () -> window.shell().lock(), open);
        lock.setAccelerator(MainWindow.LOCK_KEYS);
        MenuItem settings = item("menuSettings", w.get("shell.menu.settings"), window.settingsAction(), open);
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        MenuItem exit = item("menuExit", w.get("shell.menu.exit"), () -> window.shell().exit(), true);
        Menu vault = new Menu(w.get("shell.menu.vault"), null, newCase, find, new SeparatorMenuItem(), settings,
                new SeparatorMenuItem(), lock, exit);
        vault.setId("menuVault");
        MenuItem trash = item("menuTrash", w.get("shell.menu.trash"), window.trashAction(), open);
        MenuItem reference = item("menuReferenceData", w.get("shell.menu.referenceData"),
                window.referenceDataAction(), open);
        MenuItem exportRegister = item("menuExportRegister", w.get("shell.menu.exportRegister"),
                window.exportRegisterAction(), open);
        Menu data = new Menu(w.get("shell.menu.data"), null, exportRegister, new SeparatorMenuItem(), trash, reference);
        data.setId("menuData");
        Menu safety = new Menu(w.get("shell.menu.safety"));
        safety.setId("menuSafety");
        for (SafetyItem s : SafetyItem.values()) {
            safety.getItems().add(item(s.id, w.get(s.key), window.safetyAction(s), open));
        }
        MenuBar bar = new MenuBar(vault, data, safety);
        bar.setId("menuBar");
        bar.setAccessibleText(w.get("shell.menu.bar"));
        return bar;
    }

    /** A menu item that runs an action; disabled while locked or when nothing is plugged in for it. */
    private static MenuItem item(String id, String text, Runnable action, boolean open) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setDisable(!open || action == null);
        if (action != null) {
            item.setOnAction(e -> action.run());
        }
        return item;
    }
}
