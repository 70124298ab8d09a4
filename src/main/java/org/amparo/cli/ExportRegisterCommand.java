package org.amparo.cli;

import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseStatus;
import org.amparo.service.export.ExportException;
import org.amparo.service.export.ExportOptions;
import org.amparo.service.export.RegisterExport;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export register}: the case register (Cases, Violations, Patterns), filtered like the case list. */
@Command(name = "register", description = "Write the case register as an Excel workbook (Cases, Violations, Patterns), "
        + "for all cases or those matching the filters.")
final class ExportRegisterCommand extends WorkbookCommand {
    @Option(names = "--text", paramLabel = "T", description = "Words in people's names, the title, the narrative or officers' names.")
    String text;
    @Option(names = "--agency", paramLabel = "NAME", description = "An agency named in the case's violations.")
    String agency;
    @Option(names = "--status", paramLabel = "S", description = "One of: ${COMPLETION-CANDIDATES}.")
    CaseStatus status;
    @Option(names = "--topic", paramLabel = "TOPIC", description = "A FIPP topic, e.g. prolonged-stop.")
    String topic;
    @Option(names = "--from", paramLabel = "DATE", description = "Incident on or after this day (YYYY-MM-DD).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Incident on or before this day (YYYY-MM-DD).")
    String to;

    ExportRegisterCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        CaseQuery q = CaseQuery.all().withText(text).withAgency(agency).withStatus(status).withTopic(topic)
                .withDates(DateOption.parse(env, from), DateOption.parse(env, to));
        try (Vault v = openVault()) {
            ExportOptions options = options();
            RegisterExport.Summary done;
            try {
                done = new RegisterExport(new RegisterReader(v), new ReferenceRepository(v)).write(q, out, options, null);
            } catch (ExportException e) {
                throw new CliFailure(CliFailure.FAILED, e.message(env.messages()));
            } finally {
                options.forget();
            }
            env.err().println(env.messages().get("cli.export.registerDone", done.cases(), done.violations(),
                    out.toAbsolutePath()));
            return 0;
        }
    }
}
