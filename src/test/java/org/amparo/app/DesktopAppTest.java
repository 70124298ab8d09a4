package org.amparo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.amparo.domain.CaseListRow;
import org.amparo.service.settings.SettingsFile;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.testing.Reachability;
import org.amparo.testing.SampleCases;
import org.amparo.ui.list.CaseListViewModel;
import org.amparo.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop app driven the way a user drives it: headless, through its controls and shortcuts. */
class DesktopAppTest extends DesktopAppFixture {
    @Test
    void createAVaultFindACaseByAPersonsNameLockAndUnlock() {
        waitFor(() -> text("#unlockButton").equals("Create vault"));
        assertTrue(lookup("#noRecoveryWarning").query().isVisible());
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#passphraseRepeat").write(PASSPHRASE);
        assertEquals("Strong", text("#strengthText"));
        clickOn("#unlockButton");
        waitFor(() -> exists("#caseTable") && text("#caseCount").equals("No matching cases"));

        VaultSession session = twoSampleCasesListed();

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(lookup("#searchField").queryAs(TextField.class).isFocused(), "Ctrl+F goes to the search box");
        write("guemes");
        waitFor(() -> text("#caseCount").equals("1 matching case"));
        assertEquals("I-89 roadside hold for Border Patrol", table().getItems().get(0).title());
        assertEquals("José Ángel Núñez, María Güemes", table().getItems().get(0).people());

        clickOn("#menuData").clickOn("#menuExportRegister");
        waitFor(() -> exists("#exportDialog"));
        Path register = dir.resolve("register.xlsx");
        TextField target = lookup("#exportTarget").queryAs(TextField.class);
        interact(() -> target.setText(register.toString()));
        clickOn("#exportStart");
        waitFor(() -> text("#exportMessage").startsWith("Saved"));
        assertEquals("Saved the register of 1 cases as register.xlsx.", text("#exportMessage"),
                "the register of the list's current filters");
        clickOn("#exportCancel");
        waitFor(() -> !exists("#exportDialog"));
        SettingsFile settings = new SettingsFile(dir.resolve("config").resolve("settings.properties"));
        waitFor(() -> dir.toAbsolutePath().equals(settings.load().exportFolder()));

        Vault vault = session.vault();
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> exists("#unlockScreen") && text("#unlockButton").equals("Unlock"));
        assertFalse(exists("#caseTable"), "no case view is left after the lock");
        waitFor(vault::isClosed);

        clickOn("#passphrase").write("not my passphrase").type(KeyCode.ENTER);
        waitFor(() -> text("#unlockMessage").startsWith("Wrong passphrase for this vault."));
        assertFalse(exists("#caseTable"));

        doubleClickOn("#passphrase").eraseText(30).write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable") && text("#caseCount").equals("2 matching cases"));
        assertEquals("", lookup("#searchField").queryAs(TextField.class).getText(), "the search was cleared");
    }

    @Test
    void aLockedSessionsListAndItsNamesAreLetGo() {
        createVault();
        twoSampleCasesListed();
        WeakReference<CaseListViewModel> first = new WeakReference<>(window.list());
        WeakReference<VaultSession> firstSession = new WeakReference<>(app.session());
        lockAndUnlock();
        lockAndUnlock();
        // TestFX keeps every event fired in the window, and with them their targets (the old list's table): a
        // fresh record leaves only what the app itself holds
        interact(() -> FxToolkit.toolkitContext().setRegisteredStage(window.stage()));
        assertTrue(Reachability.collected(first), "nothing keeps a locked session's list (and its rows of names)");
        assertTrue(Reachability.collected(firstSession), "nor the services over the locked vault");
        assertEquals(2, window.list().rows().size(), "the open session's list is the one shown");
    }

    private void lockAndUnlock() {
        Vault vault = app.session().vault();
        interact(() -> window.shell().lock());
        waitFor(() -> exists("#unlockScreen") && text("#unlockButton").equals("Unlock"));
        waitFor(vault::isClosed);
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable") && text("#caseCount").equals("2 matching cases"));
    }

    @Test
    void spanishFromTheUnlockScreenAndFromSettingsKeepsTheSearch() {
        waitFor(() -> text("#unlockButton").equals("Create vault"));
        clickOn("#languageChoice").clickOn("Español");
        waitFor(() -> text("#unlockButton").equals("Crear bóveda"));
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#passphraseRepeat").write("something else entirely");
        clickOn("#unlockButton");
        waitFor(() -> text("#unlockMessage").equals("Las dos contraseñas no son iguales. Escríbalas de nuevo."));
        doubleClickOn("#passphraseRepeat").eraseText(30).write(PASSPHRASE);
        clickOn("#unlockButton");
        waitFor(() -> exists("#caseTable") && text("#caseCount").equals("Ningún caso coincide"));
        assertEquals("Referencia", column("colReference").getText());

        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        interact(window::refreshList);
        clickOn("#searchField").write("nunez");
        waitFor(() -> text("#caseCount").equals("1 caso coincide"));

        clickOn("#menuVault").clickOn("#menuSettings");
        waitFor(() -> exists("#settingsDialog"));
        clickOn("#settingsLanguage").clickOn("English");
        clickOn("#settingsSave");
        waitFor(() -> text("#caseCount").equals("1 matching case"));
        assertEquals("Reference", column("colReference").getText());
        assertEquals("nunez", lookup("#searchField").queryAs(TextField.class).getText(), "the search survives");
        assertEquals("en", new SettingsFile(dir.resolve("config").resolve("settings.properties")).load()
                .language().getLanguage());
    }

    @Test
    void enterOnARowOpensTheCase() {
        waitFor(() -> text("#unlockButton").equals("Create vault"));
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#passphraseRepeat").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable"));
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        interact(window::refreshList);
        waitFor(() -> table().getItems().size() == 1);
        assertFalse(lookup("#newCaseButton").query().isDisabled(), "the editor is plugged in: New case is enabled");
        // the row is selected on the FX thread, not clicked: a click on a freshly filled table was sometimes lost
        interact(() -> {
            table().getSelectionModel().select(0);
            table().requestFocus();
        });
        type(KeyCode.ENTER);
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != window.stage() && w.isShowing()
                && w.getScene().lookup("#caseEditor") != null));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> Window.getWindows().stream().noneMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#caseEditor") != null));
        waitFor(() -> exists("#unlockButton"));
    }

    @Test
    void searchThenDownThenEnterOpensTheSelectedCaseFromTheKeyboard() {
        createVault();
        twoSampleCasesListed();

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("guemes");
        waitFor(() -> text("#caseCount").equals("1 matching case") && table().getItems().size() == 1);
        type(KeyCode.DOWN);
        waitFor(() -> table().isFocused()); // Down in the search box goes to the table
        assertEquals(0, table().getSelectionModel().getSelectedIndex(), "and selects the first row");
        CaseListRow row = table().getSelectionModel().getSelectedItem();
        assertEquals("I-89 roadside hold for Border Patrol", row.title());

        type(KeyCode.UP);
        TextField search = lookup("#searchField").queryAs(TextField.class);
        waitFor(search::isFocused); // Up on the first row goes back to the search box
        type(KeyCode.PAGE_DOWN);
        waitFor(() -> table().isFocused()); // Page Down goes to the table too
        assertEquals(row, table().getSelectionModel().getSelectedItem(), "keeping the selected row");

        type(KeyCode.ENTER);
        String title = "Case " + row.reference() + " \u2014 " + row.title();
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != window.stage() && w.isShowing()
                && w.getScene().lookup("#caseEditor") != null && w instanceof javafx.stage.Stage st
                && title.equals(st.getTitle())));
    }

    @Test
    void lockingWithUnsavedWorkAsksFirstAndKeepsWorkingWhenTold() {
        waitFor(() -> text("#unlockButton").equals("Create vault"));
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#passphraseRepeat").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable"));
        interact(() -> window.setHasUnsavedWork(() -> true));

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> exists("#lockQuestion"));
        clickOn("Keep working");
        waitFor(() -> !exists("#lockQuestion"));
        assertTrue(exists("#caseTable"), "still open: nothing was dropped");
        assertFalse(app.session().vault().isClosed());

        Vault vault = app.session().vault();
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> exists("#lockQuestion"));
        clickOn("Lock anyway");
        waitFor(() -> exists("#unlockScreen") && !exists("#caseTable"));
        waitFor(vault::isClosed);
    }

    /** Saves the two sample cases in the open vault and waits for the list to show them. */
    private VaultSession twoSampleCasesListed() {
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        session.cases().save(SampleCases.farmworkerSettlement(session.reference()));
        interact(window::refreshList);
        waitFor(() -> text("#caseCount").equals("2 matching cases"));
        return session;
    }
}
