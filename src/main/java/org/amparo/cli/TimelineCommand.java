package org.amparo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.amparo.service.timeline.PaperSize;
import org.amparo.service.timeline.TimelineAuditTrail;
import org.amparo.service.timeline.TimelineDocument;
import org.amparo.service.timeline.TimelineOptions;
import org.amparo.service.timeline.TimelineService;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code timeline}: writes a case's printed timeline as a PDF (English or Spanish, Letter or A4, redacted or not). */
@Command(name = "timeline", description = "Write a case's timeline as a PDF, ready to print.")
final class TimelineCommand extends VaultCommand {
    @Option(names = "--case", required = true, paramLabel = "REF", description = "The case reference (YYYY-NNNN).")
    String caseReference;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;
    @Option(names = "--redact", description = "Replace people's names with their pseudonyms (Person A ...).")
    boolean redact;
    @Option(names = "--lang", paramLabel = "en|es", description = "Language of the pages (default: the system's).")
    String lang;
    @Option(names = "--paper", paramLabel = "letter|a4", defaultValue = "letter",
            description = "Paper size (default ${DEFAULT-VALUE}).")
    String paper;

    TimelineCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        PaperSize size = PaperSize.parse(paper);
        if (size == null) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.timeline.paper.invalid", paper));
        }
        Locale language = language();
        try (Vault v = openVault()) {
            TimelineService service = new TimelineService(new CaseRepository(v, env.clock()),
                    new ReferenceRepository(v), env.clock(), new TimelineAuditTrail(new AuditTrail(v, env.clock())));
            TimelineOptions options = service.options(language).withPaper(size).withRedacted(redact);
            TimelineDocument doc = service.layout(caseReference.trim(), options).orElseThrow(() ->
                    new CliFailure(CliFailure.FAILED, env.messages().get("cli.case.notFound", caseReference)));
            try {
                service.writePdf(doc, out, null);
            } catch (IOException e) {
                throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.timeline.writeFailed", out));
            }
            env.err().println(env.messages().get("cli.timeline.done", doc.pageCount(), doc.eventCount(),
                    out.toAbsolutePath()));
            return 0;
        }
    }

    private Locale language() {
        return LanguageOption.parse(env, lang);
    }
}
