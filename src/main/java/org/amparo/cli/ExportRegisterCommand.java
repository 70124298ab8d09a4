package org.amparo.cli;

import org.amparo.domain.CaseQuery;
import org.amparo.service.export.ExportAuditTrail;
import org.amparo.service.export.RegisterExport;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code export register}: the case register (Cases, Violations, Patterns), filtered like the case list. */
@Command(name = "register", description = "Write the case register as an Excel workbook (Cases, Violations, Patterns), "
        + "for all cases or those matching the filters.")
final class ExportRegisterCommand extends WorkbookCommand {
    @Mixin
    CaseFilterOptions filters;

    ExportRegisterCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    Export export() {
        CaseQuery q = filters.applyTo(CaseQuery.all(), env);
        return (v, options) -> {
            RegisterExport.Summary done = new RegisterExport(new RegisterReader(v), new ReferenceRepository(v),
                    new ExportAuditTrail(new AuditTrail(v, env.clock()))).write(q, out, options, null);
            return env.messages().get("cli.export.registerDone", done.cases(), done.violations(),
                    out.toAbsolutePath());
        };
    }
}
