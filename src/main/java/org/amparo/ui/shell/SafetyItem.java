package org.amparo.ui.shell;

/** The items of the main window's Safety menu; each is enabled once the app plugs an action in for it. */
public enum SafetyItem {
    BACKUPS("menuBackups", "shell.menu.backups"),
    PASSPHRASE("menuPassphrase", "shell.menu.passphrase"),
    CHECK("menuCheck", "shell.menu.check"),
    LOG("menuLog", "shell.menu.log");

    final String id;
    final String key;

    SafetyItem(String id, String key) {
        this.id = id;
        this.key = key;
    }
}
