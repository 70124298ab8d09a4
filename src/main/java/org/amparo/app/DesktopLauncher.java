package org.amparo.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.amparo.ui.shell.StartupProbe;

/**
 * Starts JavaFX through a plain class (an Application main class fails under java -jar on the class path)
 * and hands the first stage to the composition root.
 */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** @param vaultFolder from {@code --vault DIR}, or null */
    static void launch(Path vaultFolder) {
        StartupProbe.installIfRequested();
        DesktopApp app = new DesktopApp(DesktopApp.Options.standard(vaultFolder)); // reads settings: not on FX
        Platform.startup(() -> app.start(new Stage()));
    }
}
