package org.amparo.service.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.domain.CaseQuery;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.RegisterPatterns;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;

/**
 * The case register as an Excel workbook: sheets Cases, Violations and Patterns, for all cases or those the
 * case list's filters select. The Cases sheet streams from the vault straight into the file while the Violations
 * sheet is written on a second thread (compressed in memory) and tallies the patterns; the Patterns sheet and its
 * chart are made from that tally last. No temporary file holds case data (ADR 0010).
 */
public final class RegisterExport {
    /** How many cases and violations the register listed. */
    public record Summary(long cases, long violations) {
    }

    private final RegisterReader reader;
    private final ReferenceRepository reference;
    private final ExportAudit audit;

    public RegisterExport(RegisterReader reader, ReferenceRepository reference) {
        this(reader, reference, ExportAudit.NONE);
    }

    /** @param audit told after each register was written (the audit trail) */
    public RegisterExport(RegisterReader reader, ReferenceRepository reference, ExportAudit audit) {
        this.reader = reader;
        this.reference = reference;
        this.audit = audit == null ? ExportAudit.NONE : audit;
    }

    /**
     * Writes the register of the cases matching the filters (its sort and page are ignored; the trash never
     * counts).
     *
     * @throws ExportException when the file cannot be written or the export was cancelled
     */
    public Summary write(CaseQuery filters, Path file, ExportOptions options, ExportProgress progress)
            throws ExportException {
        CaseQuery q = filters == null ? CaseQuery.all() : filters;
        ExportWords words = new ExportWords(options.language());
        TimelineReferences ref = VaultReads.reading(() -> TimelineReferences.load(reference));
        // only a progress bar needs the number of cases beforehand: counted beside the export, not before it
        FutureTask<Integer> counting = new FutureTask<>(() -> progress == null ? 0 : reader.countCases(q));
        if (progress != null) {
            Thread counter = new Thread(counting, "amparo-export-count");
            counter.setDaemon(true);
            counter.start();
        } else {
            counting.run();
        }
        RegisterPatterns.Tally tally = new RegisterPatterns.Tally();
        RegisterPatterns[] counts = new RegisterPatterns[1];
        AtomicLong cases = new AtomicLong();
        List<SheetPlan> plans = List.of(RegisterSheets.cases(reader, q, words, options.redact(), cases),
                RegisterSheets.violations(reader, q, words, ref, tally),
                SheetPlan.later(words.get("sheet.patterns"), () -> {
                    counts[0] = tally.result();
                    return PatternsSheet.plan(counts[0], ref, words, filters(q, words));
                }));
        ExportProgress listener = progress == null ? ExportProgress.NONE : progress;
        try {
            // the progress is told the number of cases (the Cases sheet's rows) as soon as it is counted
            WorkbookFile.write(file, plans, words.get("footer.register"), words.get("title.register"), words,
                    options, (done, total) -> listener.rowsDone(done, counting.isDone() ? counted(counting) + 1 : 0));
        } finally {
            counted(counting);
        }
        audit.exported(null, true, options.redact(), options.encrypted(), String.valueOf(file.getFileName()));
        return new Summary(cases.get(), counts[0].violations());
    }

    /** The count once its thread has ended (waiting for it; 0 if it failed). */
    private static long counted(FutureTask<Integer> counting) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return counting.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    return 0;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The filters in words in that language ("all cases" when none), as the Patterns sheet says them. */
    public static String describe(CaseQuery filters, java.util.Locale language) {
        return filters(filters == null ? CaseQuery.all() : filters, new ExportWords(language));
    }

    /** The filters in words, for the Patterns sheet ("all cases" when none). */
    static String filters(CaseQuery q, ExportWords w) {
        List<String> parts = new ArrayList<>();
        add(parts, w, "filter.text", q.text());
        add(parts, w, "filter.agency", q.agency());
        add(parts, w, "filter.status", q.status() == null ? null : w.get("timeline.status." + q.status().name()));
        add(parts, w, "filter.topic", q.topic());
        add(parts, w, "filter.from", q.from() == null ? null : q.from().toString());
        add(parts, w, "filter.to", q.to() == null ? null : q.to().toString());
        return parts.isEmpty() ? w.get("patterns.allCases") : String.join("; ", parts);
    }

    private static void add(List<String> parts, ExportWords w, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(w.get(key, value.trim()));
        }
    }
}
