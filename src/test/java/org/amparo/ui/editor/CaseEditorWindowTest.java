package org.amparo.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseReference;
import org.amparo.domain.EventKind;
import org.amparo.domain.PartyRole;
import org.amparo.domain.ViolationInForceStatus;
import org.amparo.store.cases.CaseRepository;

import org.amparo.testing.FxVaultWindowTest;

import org.amparo.ui.trash.TrashWindow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.testfx.api.FxRobot;

import org.testfx.util.WaitForAsyncUtils;

/** Drives the case editor and the trash the way a user would, on a real encrypted vault. */
class CaseEditorWindowTest extends FxVaultWindowTest {
    private static final AtomicInteger SAVES = new AtomicInteger();

    @AfterEach
    void closeEditors(FxRobot robot) {
        robot.interact(() -> CaseEditorWindow.closeAll());
    }

    private static EditorContext ctx(Locale locale) {
        return EditorTestContext.over(vault, work, locale, SAVES);
    }

    private CaseEditorWindow open(FxRobot robot, Locale locale, CaseReference ref) {
        AtomicReference<CaseEditorWindow> w = new AtomicReference<>();
        robot.interact(() -> w.set(CaseEditorWindow.open(owner, ctx(locale), ref)));
        waitFor(() -> w.get().viewModel().ready().get());
        return w.get();
    }

    @Test
    void theI89CaseIsEnteredSavedReopenedDeletedAndRestored(FxRobot robot) {
        CaseEditorWindow editor = open(robot, Locale.ENGLISH, null);
        CaseEditorViewModel vm = editor.viewModel();
        robot.clickOn("#caseTitle").write("I-89 roadside hold for Border Patrol");
        robot.clickOn("#caseIncident").write("03/14/2019");
        robot.clickOn("#casePlace").write("I-89 southbound near exit 19, St. Albans");
        robot.clickOn("#caseNarrative").write("The deputy held the car about two hours until Border Patrol arrived.");
        robot.clickOn("#caseIntake").write("04/02/2019");
        choose(robot, "#caseStatus", "Documenting");

        robot.clickOn("#tabPeople");
        robot.clickOn("#newPersonName").write("José Ángel Núñez");
        robot.clickOn("#addNewPerson");
        choose(robot, "#personRole", "Passenger");
        robot.clickOn("#newPersonName").write("María Güemes");
        robot.type(KeyCode.ENTER);
        choose(robot, "#personRole", "Driver");
        assertEquals(2, table(robot, "#peopleTable").getItems().size());

        robot.clickOn("#tabViolations");
        robot.clickOn("#addViolation");
        choose(robot, "#violationAgency", "Franklin County Sheriff's Department");
        ComboBox<ProvisionChoice> provision = robot.lookup("#violationProvision").query();
        robot.clickOn(provision);
        List<ProvisionChoice> offered = List.copyOf(provision.getItems());
        assertEquals(ViolationInForceStatus.IN_FORCE, offered.get(0).status(), "in force first");
        assertEquals(ViolationInForceStatus.NOT_IN_FORCE, offered.get(offered.size() - 1).status());
        robot.clickOn(cell(robot, "VT-MODEL-2018 · No initiating or prolonging stops for immigration — in force"));
        robot.clickOn("#violationWhat").write("Stop prolonged about two hours for Border Patrol");

        robot.clickOn("#tabTimeline");
        event(robot, "03/14/2019", "16:30", "Handed to immigration authorities", "Border Patrol arrived and detained José");
        choose(robot, "#eventViolation", "1: No initiating or prolonging stops for immigration");
        event(robot, "03/14/2019", "14:20", "Stop", "Car stopped for a lane violation");
        event(robot, "June 2019", "", "Release", "Released on bond");
        List<String> order = table(robot, "#eventsTable").getItems().stream()
                .map(e -> ((EventRow) e).description().get()).toList();
        assertEquals(List.of("Car stopped for a lane violation", "Border Patrol arrived and detained José",
                "Released on bond"), order);
        assertTrue(vm.dirty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        try {
            waitFor(() -> !vm.reference().get().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError("not saved: " + vm.message().get() + " / " + vm.draft(), e);
        }
        assertEquals("Saved as case 2019-0001.", vm.message().get());
        assertTrue(editor.stage().getTitle().startsWith("Case 2019-0001"));
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> !editor.stage().isShowing());

        CaseEditorWindow again = open(robot, Locale.ENGLISH, CaseReference.parse("2019-0001"));
        assertEquals("I-89 roadside hold for Border Patrol",
                robot.lookup("#caseTitle").queryAs(TextField.class).getText());
        CaseEditorViewModel reopened = again.viewModel();
        assertEquals(List.of(PartyRole.PASSENGER, PartyRole.DRIVER),
                reopened.people().rows().stream().map(r -> r.role().get()).toList());
        assertEquals("José Ángel Núñez", reopened.people().rows().get(0).name().get());
        assertEquals(1, reopened.violations().rows().size());
        assertEquals("prolonged-stop", reopened.violations().rows().get(0).provision().get().provision().topic());
        assertEquals(List.of(EventKind.STOP, EventKind.TRANSFER, EventKind.RELEASE),
                reopened.timeline().inDateOrder().stream().map(e -> e.kind().get()).toList());
        assertEquals(reopened.violations().rows().get(0), reopened.timeline().inDateOrder().get(1).violation().get());
        assertFalse(reopened.dirty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#timelinePreview").tryQuery().isPresent());
        waitFor(() -> robot.lookup("#timelinePageLabel").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Page 1 of "));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#timelinePreview").tryQuery().isEmpty());

        robot.clickOn("#deleteCase");
        // the dialog's button is fired rather than clicked: under a loaded headless Monocle the click on a freshly
        // shown dialog was sometimes lost, leaving the dialog open (the answer, not the pointer, is under test)
        Button moveToTrash = (Button) button(robot, "Move to trash");
        robot.interact(moveToTrash::fire);
        waitFor(() -> !again.stage().isShowing());
        CaseRepository cases = new CaseRepository(vault, EditorTestContext.CLOCK);
        assertTrue(cases.isInTrash("2019-0001"));

        robot.interact(() -> TrashWindow.open(owner, ctx(Locale.ENGLISH)));
        waitFor(() -> table(robot, "#trashTable").getItems().size() == 1);
        robot.clickOn(cell(robot, "2019-0001"));
        robot.clickOn("#restoreCase");
        waitFor(() -> !cases.isInTrash("2019-0001"));
        CaseRecord restored = cases.load("2019-0001").orElseThrow();
        assertEquals(3, restored.events().size());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWork(FxRobot robot) {
        CaseEditorWindow editor = open(robot, Locale.ENGLISH, null);
        robot.clickOn("#caseTitle").write("Phone call from Swanton");
        assertTrue(CaseEditorWindow.hasUnsavedWork());
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        robot.clickOn(button(robot, "Cancel"));
        assertTrue(editor.stage().isShowing());
        assertEquals("Phone call from Swanton", editor.viewModel().fields().title().get());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(button(robot, "Cancel"));
        assertTrue(editor.stage().isShowing(), "Esc asks the same question: it never drops unsaved edits");
        assertEquals("Phone call from Swanton", editor.viewModel().fields().title().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        robot.clickOn(button(robot, "Don't save"));
        waitFor(() -> !editor.stage().isShowing());
        assertFalse(CaseEditorWindow.hasUnsavedWork());
    }

    @Test
    void theEditorSpeaksSpanish(FxRobot robot) {
        CaseEditorWindow editor = open(robot, new Locale("es"), null);
        assertEquals(List.of("Caso", "Personas", "Violaciones", "Cronología", "Denuncias"),
                robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                        .map(Tab::getText).toList());
        assertEquals("Guardar", robot.lookup("#saveCase").queryAs(Button.class).getText());
        assertEquals("Caso nuevo — Amparo", editor.stage().getTitle());
        robot.clickOn("#caseIncident").write("ayer");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((javafx.scene.control.Label) n).getText().startsWith("Amparo no entiende esta fecha")));
    }

    @Test
    void aPersonsContactIsShownInThePeopleTabAndEditingItMarksTheCaseUnsaved(FxRobot robot) {
        CaseEditorWindow editor = open(robot, Locale.ENGLISH, null);
        CaseEditorViewModel vm = editor.viewModel();
        robot.interact(() -> {
            vm.fields().title().set("Call from Swanton");
            vm.people().addNew("Zoraida Peña", PartyRole.REPORTER).contact().set("802-555-0123");
            vm.save(null);
        });
        waitFor(() -> !vm.reference().get().isEmpty() && !vm.busy().get());
        assertFalse(vm.dirty().get());
        Node root = editor.stage().getScene().getRoot();
        javafx.scene.control.TabPane tabs = robot.from(root).lookup(".tab-pane")
                .queryAs(javafx.scene.control.TabPane.class);
        TableView<Object> people = table(robot, "#peopleTable");
        robot.interact(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tabPeople".equals(t.getId()))
                    .findFirst().orElseThrow());
            people.getSelectionModel().select(0);
        });
        TextField contact = robot.from(root).lookup("#personContact").queryAs(TextField.class);
        waitFor(() -> contact.isVisible() && !contact.isDisabled() && "802-555-0123".equals(contact.getText()));
        assertTrue(robot.from(root).lookup("#personRedactedNote").queryAs(javafx.scene.control.Label.class)
                .isVisible());
        assertFalse(vm.dirty().get());

        robot.interact(() -> contact.setText("802-555-0177"));
        assertTrue(vm.dirty().get(), "editing the contact marks the case unsaved");
        assertTrue(editor.stage().getTitle().startsWith("*"), editor.stage().getTitle());
        assertEquals("802-555-0177", vm.people().rows().get(0).contact().get());
    }

    private void event(FxRobot robot, String date, String time, String kind, String description) {
        robot.clickOn("#addEvent");
        TextField d = robot.lookup("#eventDate").query();
        robot.interact(d::clear);
        robot.clickOn(d).write(date);
        if (!time.isEmpty()) {
            robot.clickOn("#eventTime").write(time);
        }
        choose(robot, "#eventKind", kind);
        robot.clickOn("#eventDescription").write(description);
    }

    private static void choose(FxRobot robot, String combo, String text) {
        robot.clickOn(combo);
        robot.clickOn(cell(robot, text));
    }

    private static Node cell(FxRobot robot, String text) {
        waitFor(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.Cell<?> c && c.isVisible()
                && text.equals(c.getText())).tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Cell<?> c && c.isVisible()
                && text.equals(c.getText())).query();
    }

    /** A button of the editor's open dialog. */
    private static Node button(FxRobot robot, String text) {
        waitFor(() -> robot.lookup("#editorDialog").tryQuery().isPresent());
        return robot.from(robot.lookup("#editorDialog").queryAll())
                .lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
