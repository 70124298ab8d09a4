package org.amparo.app;

import javafx.application.Application;
import org.amparo.ui.shell.AmparoApplication;
import org.amparo.ui.shell.StartupProbe;

/** Starts JavaFX through a plain class (an Application main class fails under java -jar on the class path). */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        StartupProbe.installIfRequested();
        Application.launch(AmparoApplication.class, args);
    }
}
