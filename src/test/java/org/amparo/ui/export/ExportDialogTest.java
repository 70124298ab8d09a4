package org.amparo.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.amparo.domain.CaseReference;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;

import org.amparo.testing.SampleCases;
import org.amparo.testing.FxVaultWindowTest;

import org.amparo.ui.editor.CaseEditorWindow;
import org.amparo.ui.editor.EditorTestContext;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.testfx.api.FxRobot;

import org.testfx.util.WaitForAsyncUtils;

/** Exports the I-89 case's workbook from the case editor (Ctrl+E) the way a user would, on a real vault. */
class ExportDialogTest extends FxVaultWindowTest {
    private static String i89;

    @BeforeAll
    static void saveTheI89Case() {
        ReferenceRepository ref = new ReferenceRepository(vault);
        i89 = new CaseRepository(vault, EditorTestContext.CLOCK).save(SampleCases.i89RoadsideHold(ref)).reference();
    }

    @AfterEach
    void closeEditors(FxRobot robot) {
        robot.interact(() -> CaseEditorWindow.closeAll());
    }

    @Test
    void ctrlEAsksToSaveThenExportsTheSavedCaseToAWorkbookPoiOpens(FxRobot robot) throws Exception {
        AtomicReference<CaseEditorWindow> editor = new AtomicReference<>();
        robot.interact(() -> editor.set(CaseEditorWindow.open(owner,
                EditorTestContext.over(vault, work, dir, Locale.ENGLISH, new AtomicInteger()),
                CaseReference.parse(i89))));
        waitFor(() -> editor.get().viewModel().ready().get());
        robot.clickOn("#caseTitle").write(" (settlement)");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#editorDialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#editorDialog").queryAll())
                .lookup((Node n) -> n instanceof Button b && "Save".equals(b.getText())).queryAs(Button.class));
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertFalse(editor.get().viewModel().hasUnsavedChanges(), "saved before exporting");

        TextField target = robot.lookup("#exportTarget").queryAs(TextField.class);
        assertEquals(dir.resolve("Case " + i89 + ".xlsx").toString(), target.getText(), "the export folder first");
        Path file = dir.resolve("for the lawyer.xlsx");
        robot.interact(() -> target.setText(file.toString()));
        robot.clickOn("#exportRedact");
        robot.clickOn("#exportStart");
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Saved"));
        assertEquals("Saved the workbook as for the lawyer.xlsx.", message.getText());
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertTrue(wb.getSheet("Summary") != null, "Summary sheet");
            String summary = text(wb.getSheet("Summary"));
            assertTrue(summary.contains(i89), summary);
            assertTrue(summary.contains("I-89 roadside hold for Border Patrol (settlement)"), "the case as saved");
            assertFalse(summary.contains("Núñez"), "redacted");
        }
        assertEquals("Close", robot.lookup("#exportCancel").queryAs(Button.class).getText());
        robot.clickOn("#exportCancel");
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isEmpty());
    }

    private static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        StringBuilder all = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> all.append(f.formatCellValue(c)).append('\n')));
        return all.toString();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
