package org.amparo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.amparo.domain.CaseListRow;
import org.amparo.service.settings.SettingsFile;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the desktop app headless on a vault in a temp folder, closes it after each test, and reads its controls. */
abstract class DesktopAppFixture extends FxRobot {
    static final String PASSPHRASE = "quiet river 42 north";

    static {
        // a shared two-core machine can be slow to show the first window
        System.setProperty("testfx.setup.timeout", "60000");
    }

    @TempDir
    Path dir;

    DesktopApp app;
    MainWindow window;

    @BeforeEach
    void startTheApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = new DesktopApp(new DesktopApp.Options(dir.resolve("vault"),
                new SettingsFile(dir.resolve("config").resolve("settings.properties")), () -> KdfParameters.MINIMUM,
                clock()));
        FxToolkit.setupStage(stage -> window = app.start(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The app's clock: fixed, unless a test needs time to pass (backups are named by the time). */
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-30T14:15:00Z"), ZoneOffset.UTC);
    }

    /** Creates the vault from the first screen and waits for the (empty) case list. */
    void createVault() {
        waitFor(() -> text("#unlockButton").equals("Create vault"));
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#passphraseRepeat").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable"));
    }

    @AfterEach
    void closeTheApp() throws Exception {
        VaultSession s = app.session();
        interact(() -> {
            if (window.shell().vaultProperty().get() != null) {
                window.shell().setHasUnsavedWork(null);
                window.shell().lock();
            }
        });
        if (s != null) {
            waitFor(() -> s.vault().isClosed());
        }
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    TableView<CaseListRow> table() {
        return lookup("#caseTable").queryAs(TableView.class);
    }

    TableColumn<CaseListRow, ?> column(String id) {
        return table().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** The table's row cell showing the row at this index (cells are reused, so not simply the first one found). */
    @SuppressWarnings("unchecked")
    TableRow<CaseListRow> rowCell(int index) {
        return lookup("#caseTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty() && r.isVisible())
                .findFirst().orElse(null);
    }

    /**
     * Opens the list's row at this index the way a double-click does, by firing the double-click event the row
     * receives: under a loaded headless Monocle a pointer double-click on a freshly filled table was sometimes lost
     * (the row's own handler, not the pointer, is under test).
     */
    void doubleClickRow(int index) {
        waitFor(() -> rowCell(index) != null);
        interact(() -> {
            TableRow<CaseListRow> row = rowCell(index);
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            double x = row.getWidth() / 2;
            double y = row.getHeight() / 2;
            javafx.event.Event.fireEvent(row, new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y,
                    b.getMinX() + x, b.getMinY() + y, MouseButton.PRIMARY, 2, false, false, false, false,
                    false, false, false, false, false, true, null));
        });
    }

    boolean exists(String query) {
        return lookup(query).tryQuery().isPresent();
    }

    String text(String query) {
        Node n = lookup(query).tryQuery().orElse(null);
        if (n instanceof Label l) {
            return l.getText();
        }
        if (n instanceof javafx.scene.control.Labeled l) {
            return l.getText();
        }
        return "";
    }

    void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting; the window says: " + text("#unlockMessage")
                    + text("#listMessage") + " list=" + (window.list() == null ? "none"
                    : window.list().totalProperty().get() + "/" + window.list().rows().size() + " table="
                    + (exists("#caseTable") ? table().getItems().size() : -1) + " " + window.list().query()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
