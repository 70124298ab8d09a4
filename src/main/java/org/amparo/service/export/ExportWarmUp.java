package org.amparo.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amparo.domain.Agency;
import org.amparo.domain.Officer;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.RegisterPatterns;

/**
 * Runs the register export's code once on made-up rows, writing into nothing, so that a user's first export of the
 * session does not pay for loading it: POI's first workbook alone (its classes, its XML schemas, the chart) costs
 * 0.7–0.9 s on a laptop (docs/performance.md). The desktop starts it once, a little after the vault is unlocked.
 * It reads no vault, writes no file and holds no case data.
 */
public final class ExportWarmUp {
    /** The process's one warm-up: the code it loads stays loaded. */
    private static final ExportWarmUp PROCESS = new ExportWarmUp();
    private final AtomicBoolean started = new AtomicBoolean();

    ExportWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread after the given delay (leaving the first moments after unlock to the
     * case list), the first time it is asked in this process; later calls do nothing.
     *
     * @return the thread started, or null if a warm-up was started before
     */
    public static Thread startOnce(Duration delay) {
        return PROCESS.start(delay);
    }

    /** Starts this warm-up the first time it is asked; @return its thread, or null if it was started before. */
    Thread start(Duration delay) {
        if (!started.compareAndSet(false, true)) {
            return null;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                run(OutputStream.nullOutputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                // only a head start: the export itself reports its own problems
            }
        }, "amparo-export-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Writes a small register (two tables, one on a thread of its own, and the Patterns sheet) into nothing. */
    static void run(OutputStream into) throws IOException {
        ExportWords words = new ExportWords(Locale.ENGLISH);
        List<Cell> row = List.of(Cell.text("A-1"), Cell.date(LocalDate.of(2020, 1, 2)), Cell.text("2020-01"),
                Cell.count(2020), Cell.longText("A made-up row"), Cell.money(BigDecimal.TEN), Cell.empty());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            columns.add(new Column("Column " + (i + 1), 12));
        }
        SheetRows rows = sink -> {
            for (int i = 0; i < 500; i++) {
                sink.row(row);
            }
        };
        RegisterPatterns.Tally tally = new RegisterPatterns.Tally();
        for (int year = 2016; year < 2024; year++) {
            tally.add(year, "Topic", 1, 1L, year);
            tally.add(year, "Topic", 1, 1L, year);
        }
        TimelineReferences ref = TimelineReferences.of(
                List.of(new Agency(1L, "Agency", null, null, null, null, null, false, false)),
                List.of(new Officer(1L, "Officer", null, 1L, null, null, null)), List.of(), List.of(), List.of());
        List<SheetPlan> plans = List.of(SheetPlan.table("One", columns, 500, rows),
                SheetPlan.table("Two", columns, 500, rows).inParallel(),
                SheetPlan.later("Three", () -> PatternsSheet.plan(tally.result(), ref, words, "")));
        WorkbookZipWriter.write(plans, p -> WorkbookTemplate.build(p, "Register", "Register", words),
                into, ExportProgress.NONE);
    }
}
