package org.amparo.testing;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.amparo.ui.editor.FxBackgroundWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.framework.junit5.Start;

/**
 * What the TestFX tests of one window share: the vault ({@link FxVaultTest}), the background work the windows run
 * on, and an owner stage shown behind the window under test.
 */
public abstract class FxVaultWindowTest extends FxVaultTest {
    protected static FxBackgroundWork work;
    protected Stage owner;

    @BeforeAll
    static void startTheWork() {
        work = new FxBackgroundWork();
    }

    @AfterAll
    static void stopTheWork() {
        work.shutdown();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Amparo")), 300, 200));
        stage.show();
    }
}
