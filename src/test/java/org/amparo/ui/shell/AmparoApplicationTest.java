package org.amparo.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The desktop window starts headless (TestFX on Monocle, set up in the pom) and shows its welcome label. */
class AmparoApplicationTest {
    private Application app;

    @Test
    void theWindowStartsAndShowsItsWelcomeLabel() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AmparoApplication.class);
        Label welcome = new FxRobot().lookup("#welcome").queryAs(Label.class);
        assertEquals("Amparo", welcome.getText());
        assertTrue(welcome.getScene().getWindow().isShowing());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }
}
