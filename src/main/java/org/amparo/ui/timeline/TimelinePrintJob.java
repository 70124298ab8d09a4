package org.amparo.ui.timeline;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import org.amparo.service.timeline.PaperSize;
import org.amparo.service.timeline.TimelineDocument;
import org.amparo.service.timeline.TimelinePage;

/**
 * Prints a laid-out timeline with JavaFX's PrinterJob: the system print dialog (printer, copies, paper),
 * then each page as the same nodes the preview shows, placed at the sheet's corner so every line lands
 * where the PDF puts it. Pages are sent from the background thread, with progress in the message line.
 */
final class TimelinePrintJob {
    private TimelinePrintJob() {
    }

    /** Call on the JavaFX thread. Returns false when there is no printer (the message says so). */
    static boolean print(TimelineDocument doc, Window owner, TimelinePreviewViewModel vm) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            vm.say(vm.words().get("timeline.preview.noPrinter"));
            return false;
        }
        Paper paper = doc.options().paper() == PaperSize.A4 ? Paper.A4 : Paper.NA_LETTER;
        job.getJobSettings().setPageLayout(printer.createPageLayout(paper, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM));
        job.getJobSettings().setJobName("Amparo " + (doc.caseReference() == null ? "" : doc.caseReference()));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            vm.say(vm.words().get("timeline.preview.printCancelled"));
            return true;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        vm.background().execute(() -> sendPages(doc, job, layout, vm));
        return true;
    }

    private static void sendPages(TimelineDocument doc, PrinterJob job, PageLayout layout,
                                  TimelinePreviewViewModel vm) {
        int total = doc.pageCount();
        for (TimelinePage page : doc.pages()) {
            int n = page.number();
            vm.onUi(() -> vm.say(vm.words().get("timeline.preview.printing", n, total)));
            if (!job.printPage(layout, placed(page, layout))) {
                vm.onUi(() -> vm.say(vm.words().get("timeline.preview.printCancelled")));
                return;
            }
        }
        if (job.endJob()) {
            vm.printed(doc);
            vm.onUi(() -> vm.say(vm.words().get("timeline.preview.printed", total)));
        } else {
            vm.onUi(() -> vm.say(vm.words().get("timeline.preview.printCancelled")));
        }
    }

    /**
     * The page node moved so that its top-left corner is the sheet's corner (the printer prints from the
     * printable area's corner), and shrunk only if the chosen paper is smaller than the page.
     */
    static Pane placed(TimelinePage page, PageLayout layout) {
        Pane node = TimelinePageNode.of(page);
        double sheetWidth = layout.getPaper().getWidth();
        double sheetHeight = layout.getPaper().getHeight();
        double scale = Math.min(1.0, Math.min(sheetWidth / page.width(), sheetHeight / page.height()));
        node.getTransforms().addAll(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()),
                new Scale(scale, scale));
        return node;
    }
}
