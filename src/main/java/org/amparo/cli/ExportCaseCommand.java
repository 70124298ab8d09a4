package org.amparo.cli;

import org.amparo.service.export.CaseWorkbookExport;
import org.amparo.service.export.ExportAuditTrail;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export case}: one case's Excel workbook (Summary, Violations, Timeline, Filings). */
@Command(name = "case", description = "Write one case's Excel workbook (Summary, Violations, Timeline, Filings).")
final class ExportCaseCommand extends WorkbookCommand {
    @Option(names = "--case", required = true, paramLabel = "REF", description = "The case reference (YYYY-NNNN).")
    String caseReference;

    ExportCaseCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    Export export() {
        return (v, options) -> {
            new CaseWorkbookExport(new CaseRepository(v, env.clock()), new ReferenceRepository(v), env.clock(),
                    new ExportAuditTrail(new AuditTrail(v, env.clock()))).write(caseReference, out, options, null);
            return env.messages().get("cli.export.caseDone", caseReference.trim(), out.toAbsolutePath());
        };
    }
}
