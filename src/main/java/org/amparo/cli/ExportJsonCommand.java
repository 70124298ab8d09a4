package org.amparo.cli;

import java.nio.file.Path;
import java.util.List;
import org.amparo.service.json.ExportSummary;
import org.amparo.service.json.JsonExport;
import org.amparo.service.json.JsonTransferException;
import org.amparo.service.json.TransferMessage;
import org.amparo.service.json.TransferProgress;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-json --out FILE.json [--case REF ...]}: the vault's content in Amparo's open JSON format. */
@Command(name = "export-json", description = "Export the whole vault, or some cases, to a JSON file in Amparo's "
        + "open, documented format (docs/format.md). The file is not encrypted.")
final class ExportJsonCommand extends VaultCommand {
    @Option(names = "--out", paramLabel = "FILE.json", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--case", paramLabel = "REF", arity = "1..*",
            description = "Export only these cases (YYYY-NNNN), with the people and reference rows they use.")
    List<String> cases;

    ExportJsonCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Vault v = openVault()) {
            ExportSummary s = new JsonExport(v, env.clock()).export(out, cases, TransferProgress.NONE);
            env.err().println(env.messages().get("json.export.done", s.cases(), s.people(),
                    out.toAbsolutePath().toString()));
            env.err().println(env.messages().get("json.export.unencrypted"));
            return 0;
        } catch (JsonTransferException e) {
            for (TransferMessage m : e.problems()) {
                env.err().println(m.render(env.messages()));
            }
            return CliFailure.FAILED;
        }
    }
}
