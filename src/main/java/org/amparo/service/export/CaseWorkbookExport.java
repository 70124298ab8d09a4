package org.amparo.service.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.PolicyInForce;
import org.amparo.service.timeline.NameRedaction;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;

/**
 * One case as an Excel workbook for a lawyer (sheets Summary, Violations, Timeline, Filings), in English or
 * Spanish, people redacted or not, password-protected or not. Headless: the desktop runs it on a background
 * thread and the command line calls it directly.
 */
public final class CaseWorkbookExport {
    private final CaseRepository cases;
    private final ReferenceRepository reference;
    private final Clock clock;
    private final ExportAudit audit;

    public CaseWorkbookExport(CaseRepository cases, ReferenceRepository reference, Clock clock) {
        this(cases, reference, clock, ExportAudit.NONE);
    }

    /** @param audit told after each workbook was written (the audit trail) */
    public CaseWorkbookExport(CaseRepository cases, ReferenceRepository reference, Clock clock, ExportAudit audit) {
        this.cases = cases;
        this.reference = reference;
        this.clock = clock;
        this.audit = audit == null ? ExportAudit.NONE : audit;
    }

    /**
     * Writes the workbook of the case with that reference.
     *
     * @throws ExportException when there is no such case, the vault cannot be read, the file cannot be written or
     *                         the export was cancelled
     */
    public void write(String caseReference, Path file, ExportOptions options, ExportProgress progress)
            throws ExportException {
        CaseRecord c = VaultReads.reading(() -> cases.load(caseReference.trim()))
                .orElseThrow(() -> new ExportException("cli.case.notFound", caseReference));
        write(c, file, options, progress);
    }

    /** Writes the workbook of a case as it is (saved or not). */
    public void write(CaseRecord c, Path file, ExportOptions options, ExportProgress progress) throws ExportException {
        ExportWords words = new ExportWords(options.language());
        NameRedaction names = options.redact() ? NameRedaction.of(c.parties(), words.locale()) : NameRedaction.none();
        TimelineReferences refs = VaultReads.reading(() -> TimelineReferences.load(reference));
        List<AgencyAdoption> adoptions = VaultReads.reading(reference::adoptions);
        // the policy versions read once, with the other reference rows
        PolicyInForce policies = new PolicyInForce(List.copyOf(refs.policies().values()));
        CaseFacts facts = new CaseFacts(c, refs, policies, adoptions, words, names);
        List<SheetPlan> plans = List.of(CaseSummarySheet.plan(facts, LocalDate.now(clock)),
                CaseDetailSheets.violations(facts), CaseDetailSheets.timeline(facts), CaseDetailSheets.filings(facts));
        String ref = c.reference() == null ? "" : c.reference();
        WorkbookFile.write(file, plans, ref, words.get("title.case", ref), words, options, progress);
        audit.exported(c.reference(), false, options.redact(), options.encrypted(), String.valueOf(file.getFileName()));
    }
}
