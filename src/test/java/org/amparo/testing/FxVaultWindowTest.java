package org.amparo.testing;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.amparo.store.vault.Vault;
import org.amparo.ui.editor.FxBackgroundWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the TestFX tests of one window share: a real encrypted vault in a temporary folder for the whole class,
 * the background work the windows run on, and an owner stage shown behind the window under test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxVaultWindowTest {
    @TempDir
    protected static Path dir;
    protected static Vault vault;
    protected static FxBackgroundWork work;
    protected Stage owner;

    static {
        System.setProperty("testfx.setup.timeout", "60000");
    }

    @BeforeAll
    static void openVault() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
        work = new FxBackgroundWork();
    }

    @AfterAll
    static void closeVault() {
        work.shutdown();
        vault.close();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Amparo")), 300, 200));
        stage.show();
    }
}
