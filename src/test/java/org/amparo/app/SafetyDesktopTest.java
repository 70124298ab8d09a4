package org.amparo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.junit.jupiter.api.Test;

/** Backups, restore, passphrase change, check and log, driven through the window. */
class SafetyDesktopTest extends DesktopAppFixture {
    @Override
    Clock clock() {
        return Clock.systemUTC(); // every backup gets its own time (and name)
    }

    @Test
    void lockingMakesAVerifiedBackupBeforeTheVaultClosesAndSaysSo() throws Exception {
        createVault();
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        waitFor(() -> text("#statusLine").startsWith("Backup made")); // the first unlock found none: one is made
        long before = backups();
        Vault vault = session.vault();
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> exists("#unlockScreen"));
        waitFor(vault::isClosed);
        waitFor(() -> text("#statusLine").contains("(1 case), verified."));
        assertTrue(backups() == before + 1, "one more backup, made on the way to the lock");
    }

    @Test
    void theBackupsWindowListsBacksUpNowAndRestoresThroughTheUnlockScreen() throws Exception {
        createVault();
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        waitFor(() -> text("#statusLine").startsWith("Backup made"));
        clickOn("#menuSafety").clickOn("#menuBackups");
        waitFor(() -> exists("#backupsTable") && backupsTable().getItems().size() == 1);
        assertEquals("Good", backupsTable().getItems().get(0).status());
        assertEquals("0", backupsTable().getItems().get(0).cases(), "made at the first unlock, before the case");

        clickOn("#backUpNow");
        waitFor(() -> backupsTable().getItems().size() == 2 && text("#backupsMessage").startsWith("Backup made"));
        assertEquals("1", backupsTable().getItems().get(0).cases(), "newest first");

        session.cases().save(SampleCases.farmworkerSettlement(session.reference()));
        interact(() -> backupsTable().getSelectionModel().select(0));
        assertFalse(lookup("#restoreBackup").query().isDisabled(), "a good backup can be restored");
        clickOn("#restoreBackup");
        waitFor(() -> exists("#restorePreview"));
        assertTrue(text("#restorePreview").contains("with 1 case?"), text("#restorePreview"));
        clickOn("#restorePassphrase").write(PASSPHRASE);
        clickOn("#confirmRestore");
        waitFor(() -> exists("#unlockScreen") && text("#unlockMessage").contains("is restored (1 case)"));
        assertTrue(text("#unlockMessage").contains("before-restore-"), text("#unlockMessage"));

        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable") && text("#caseCount").equals("1 matching case"));
    }

    @Test
    void aDamagedVaultAtUnlockOffersTheNewestBackupAndRestoresIt() throws Exception {
        createVault();
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        waitFor(() -> text("#statusLine").startsWith("Backup made"));
        Vault vault = session.vault();
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(vault::isClosed);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(
                dir.resolve("vault").resolve("amparo.mv.db").toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> lookup("#restoreOfferedBackup").query().isVisible());
        assertTrue(text("#unlockMessage").contains("is damaged") && text("#unlockMessage")
                .contains("The newest backup was made less than an hour ago"), text("#unlockMessage"));
        clickOn("#restoreOfferedBackup");
        waitFor(() -> exists("#caseTable") && text("#caseCount").equals("1 matching case"));
    }

    @Test
    void theVaultIsUnlockedWithTheNewPassphraseAfterAChange() {
        createVault();
        clickOn("#menuSafety").clickOn("#menuPassphrase");
        waitFor(() -> exists("#passphraseDialog"));
        assertTrue(text("#oldBackupsNote").startsWith("Backups made before this change still open only with the old"));
        String fresh = "a brand new passphrase 7";
        clickOn("#currentPassphrase").write(PASSPHRASE);
        clickOn("#newPassphrase").write(fresh);
        clickOn("#newPassphraseRepeat").write(fresh);
        assertEquals("Strong", text("#passphraseDialog #strengthText"));
        clickOn("#changePassphrase");
        waitFor(() -> exists("#unlockScreen") && text("#unlockMessage").startsWith("The passphrase is changed."));
        assertFalse(exists("#passphraseDialog"));
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(() -> text("#unlockMessage").startsWith("Wrong passphrase"));
        doubleClickOn("#passphrase").eraseText(30).write(fresh).type(KeyCode.ENTER);
        waitFor(() -> exists("#caseTable"));
    }

    @Test
    void theCheckRunsFromTheMenuAndSaysWhatItFound() {
        createVault();
        VaultSession session = app.session();
        session.cases().save(SampleCases.i89RoadsideHold(session.reference()));
        clickOn("#menuSafety").clickOn("#menuCheck");
        waitFor(() -> text("#checkSummary").startsWith("No problems found: 1 cases"));
        String ref = session.cases().list(new org.amparo.domain.CaseQuery(null, null, null, null, null, null,
                org.amparo.domain.CaseQuery.SortField.REFERENCE, false, 10, 0, false)).rows().get(0).reference();
        session.vault().dsl().execute("UPDATE CASE_FILE SET SETTLEMENT_DATE = DATE '1901-01-01' WHERE REFERENCE = ?",
                ref);
        clickOn("#checkAgain");
        waitFor(() -> text("#checkSummary").startsWith("1 problem found"));
        assertEquals("Case " + ref + ": the settlement date is before the incident",
                checkProblems().getItems().get(0).text());
    }

    @Test
    void aProblemThatNamesACaseOpensThatCaseInTheEditor() {
        createVault();
        VaultSession session = app.session();
        String ref = session.cases().save(SampleCases.i89RoadsideHold(session.reference())).reference();
        session.vault().dsl().execute("UPDATE CASE_FILE SET SETTLEMENT_DATE = DATE '1901-01-01' WHERE REFERENCE = ?",
                ref);
        clickOn("#menuSafety").clickOn("#menuCheck");
        waitFor(() -> text("#checkSummary").startsWith("1 problem found"));
        javafx.scene.control.Button open = lookup("#checkOpenCase").queryButton();
        assertTrue(open.isDisabled(), "no problem selected yet");
        interact(() -> checkProblems().getSelectionModel().select(0));
        assertFalse(open.isDisabled(), "the selected problem names a case");
        interact(open::fire); // fired, not clicked: a click on a fresh window is sometimes lost under Monocle
        String title = "Case " + ref + " \u2014 I-89 roadside hold for Border Patrol"; // the saved case, loaded
        waitFor(() -> editorShowing(title));

        // Enter on the list, and a double-click on it, open it as well (the events the list receives are fired)
        interact(() -> org.amparo.ui.editor.CaseEditorWindow.closeAll());
        waitFor(() -> !editorShowing(title));
        interact(() -> javafx.event.Event.fireEvent(checkProblems(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        waitFor(() -> editorShowing(title));
        interact(() -> org.amparo.ui.editor.CaseEditorWindow.closeAll());
        waitFor(() -> !editorShowing(title));
        interact(() -> javafx.event.Event.fireEvent(checkProblems(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, false, null)));
        waitFor(() -> editorShowing(title));
    }

    static boolean editorShowing(String title) {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage st
                && st.isShowing() && st.getScene().lookup("#caseEditor") != null && title.equals(st.getTitle()));
    }

    @SuppressWarnings("unchecked")
    javafx.scene.control.ListView<org.amparo.ui.check.CheckProblem> checkProblems() {
        return lookup("#checkProblems").queryAs(javafx.scene.control.ListView.class);
    }

    @Test
    void theLogAndACasesHistoryFromItsEditor() {
        createVault();
        VaultSession session = app.session();
        String ref = session.cases().save(SampleCases.i89RoadsideHold(session.reference())).reference();
        clickOn("#menuSafety").clickOn("#menuLog");
        waitFor(() -> exists("#logTable") && text("#logPage").startsWith("Entries 1–"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.amparo.ui.log.LogRow> log = lookup("#logTable")
                .queryAs(javafx.scene.control.TableView.class);
        assertTrue(log.getItems().stream().anyMatch(r -> r.action().equals("Case created")
                && r.caseReference().equals(ref)), log.getItems().toString());
        javafx.scene.control.Button close = lookup("#closeLog").queryButton();
        interact(close::fire);
        waitFor(() -> !exists("#logTable"));

        interact(window::refreshList);
        waitFor(() -> table().getItems().size() == 1);
        doubleClickRow(0);
        waitFor(() -> exists("#caseHistory") && !lookup("#caseHistory").query().isDisabled());
        javafx.scene.control.Button history = lookup("#caseHistory").queryButton();
        interact(history::fire); // fired, not clicked, for the same reason as the row (a click on a fresh window)
        waitFor(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage st
                && st.isShowing() && ("History of case " + ref + " — Amparo").equals(st.getTitle())));
    }

    @SuppressWarnings("unchecked")
    javafx.scene.control.TableView<org.amparo.ui.backups.BackupRow> backupsTable() {
        return lookup("#backupsTable").queryAs(javafx.scene.control.TableView.class);
    }

    long backups() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("vault").resolve("backups"))) {
            return s.filter(p -> p.toString().endsWith(".amparo-backup")).count();
        }
    }
}
