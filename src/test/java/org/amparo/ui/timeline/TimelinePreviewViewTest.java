package org.amparo.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.EventKind;
import org.amparo.domain.TimelineEvent;
import org.amparo.service.timeline.GlyphWidths;
import org.amparo.service.timeline.TextRun;
import org.amparo.service.timeline.TimelineBlock;
import org.amparo.service.timeline.TimelinePage;
import org.amparo.service.timeline.TimelineService;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.FxVaultTest;
import org.amparo.testing.SampleCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class TimelinePreviewViewTest extends FxVaultTest {
    private static ExecutorService background;
    private TimelinePreviewViewModel vm;

    @BeforeAll
    static void vaultWithALongCase() throws Exception {
        background = Executors.newSingleThreadExecutor();
        savedLongI89(vault);
    }

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T14:15:00Z"), ZoneOffset.UTC);
        TimelineService service = new TimelineService(new CaseRepository(vault, clock), new ReferenceRepository(vault),
                clock, null);
        vm = new TimelinePreviewViewModel(service, Locale.ENGLISH, background, Platform::runLater);
        TimelinePreviewView view = new TimelinePreviewView(vm);
        Scene scene = new Scene(view.root(), 860, 640);
        view.installKeys(scene, stage);
        stage.setScene(scene);
        stage.show();
        vm.open("2019-0001");
    }

    @AfterAll
    static void close() {
        background.shutdownNow();
    }

    @Test
    void opensTheCaseAndPagesThroughItForwardAndBack(FxRobot robot) {
        waitFor(() -> label(robot).startsWith("Page 1 of "));
        int pages = vm.documentProperty().get().pageCount();
        assertTrue(pages >= 3, "pages: " + pages);
        assertTrue(robot.lookup("#timelinePrevious").queryAs(Button.class).isDisabled());
        assertTrue(pageText(robot).contains("José Ángel Núñez — passenger (detained)"));
        assertTrue(pageText(robot).contains("I-89 roadside hold for Border Patrol"));
        for (int n = 2; n <= pages; n++) {
            robot.clickOn("#timelineNext");
            int expected = n;
            waitFor(() -> label(robot).equals("Page " + expected + " of " + pages));
            assertTrue(pageText(robot).contains("Page " + n + " of " + pages), "the sheet shows its own footer");
        }
        assertTrue(robot.lookup("#timelineNext").queryAs(Button.class).isDisabled());
        robot.clickOn("#timelinePrevious");
        waitFor(() -> label(robot).equals("Page " + (pages - 1) + " of " + pages));
        robot.type(javafx.scene.input.KeyCode.PAGE_UP);
        waitFor(() -> label(robot).equals("Page " + (pages - 2) + " of " + pages));
    }

    @Test
    void pseudonymsSpanishAndSaveAsPdfWorkFromThePreview(FxRobot robot) throws Exception {
        waitFor(() -> label(robot).startsWith("Page 1 of "));
        robot.clickOn("#timelineRedact");
        waitFor(() -> pageText(robot).contains("Person A — passenger"));
        assertFalse(pageText(robot).contains("Núñez"));
        assertTrue(robot.lookup("#timelineRedact").queryAs(CheckBox.class).isSelected());

        ChoiceBox<Locale> language = robot.lookup("#timelineLanguage").query();
        robot.interact(() -> language.setValue(new Locale("es")));
        waitFor(() -> pageText(robot).contains("Persona A — pasajero(a)"));
        assertTrue(pageText(robot).contains("Página 1 de "), "the pages speak Spanish");
        assertTrue(label(robot).startsWith("Page 1 of "), "the controls keep the app's language");
        assertTrue(pageText(robot).contains("Confidencial"));
        assertEquals("cronologia-2019-0001-seudonimos.pdf", vm.suggestedFileName());

        Path pdf = dir.resolve("saved/" + vm.suggestedFileName());
        robot.interact(() -> vm.savePdf(pdf));
        waitFor(() -> message(robot).equals("Saved cronologia-2019-0001-seudonimos.pdf."));
        assertTrue(Files.size(pdf) > 10_000);
    }

    @Test
    void printingWithoutAPrinterSaysSoInOneLine(FxRobot robot) {
        waitFor(() -> label(robot).startsWith("Page 1 of "));
        Assumptions.assumeTrue(Printer.getDefaultPrinter() == null, "a printer is set up here");
        robot.clickOn("#timelinePrint");
        waitFor(() -> message(robot).startsWith("No printer is set up"));
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        waitFor(() -> label(robot).startsWith("Page 2 of "));
    }

    @Test
    void theScreenSetsEveryLineNoWiderThanThePdfMeasuredIt(FxRobot robot) {
        waitFor(() -> label(robot).startsWith("Page 1 of "));
        TimelinePage page = vm.pageProperty().get();
        List<Text> texts = new ArrayList<>(robot.lookup("#timelinePage").queryAs(javafx.scene.layout.Pane.class)
                .getChildren().stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList());
        List<TextRun> runs = page.blocks().stream().map(TimelineBlock::runs).flatMap(List::stream).toList();
        assertEquals(runs.size(), texts.size());
        for (int i = 0; i < runs.size(); i++) {
            TextRun run = runs.get(i);
            double fx = texts.get(i).getLayoutBounds().getWidth();
            double pdf = GlyphWidths.of(run.face()).width(run.text(), run.size());
            assertTrue(Math.abs(fx - pdf) <= Math.max(1.0, pdf * 0.02),
                    "'" + run.text() + "': screen " + fx + " pt, PDF " + pdf + " pt");
        }
    }

    private static void savedLongI89(Vault v) {
        ReferenceRepository ref = new ReferenceRepository(v);
        CaseRecord c = SampleCases.i89RoadsideHold(ref);
        List<TimelineEvent> events = new ArrayList<>(c.events());
        for (int i = 0; i < 40; i++) {
            events.add(new TimelineEvent(null, ApproximateDate.day(LocalDate.of(2019, 7, 1).plusDays(i)),
                    LocalTime.of(10, 0), EventKind.OTHER, "Follow-up call " + (i + 1) + " with José about the bond "
                    + "hearing and what the family needs next.", "Advocate", null, null, null));
        }
        new CaseRepository(v, Clock.systemUTC()).save(new CaseRecord(null, null, c.title(), c.status(),
                c.incidentDate(), c.place(), c.narrative(), c.intakeDate(), null, null, null, c.tags(), c.parties(),
                c.violations(), events, c.filings()));
    }

    private static String label(FxRobot robot) {
        return robot.lookup("#timelinePageLabel").queryAs(Label.class).getText();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#timelineMessage").queryAs(Label.class).getText();
    }

    private static String pageText(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup("#timelinePage").queryAs(javafx.scene.layout.Pane.class).getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 30 s", e);
        }
    }
}
