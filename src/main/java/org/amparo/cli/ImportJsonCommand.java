package org.amparo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amparo.service.json.ImportSummary;
import org.amparo.service.json.JsonImport;
import org.amparo.service.json.JsonTransferException;
import org.amparo.service.json.TransferMessage;
import org.amparo.service.json.TransferProgress;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-json FILE.json}: checks the whole file first and imports it all or nothing. Problems go to
 * standard error, one per line with where it is in the file; then nothing is written and the exit code is 1.
 */
@Command(name = "import-json", description = "Import a JSON file in Amparo's open format (docs/format.md). The "
        + "whole file is checked first; if anything is wrong, each problem is listed and nothing is imported.")
final class ImportJsonCommand extends VaultCommand {
    @Parameters(index = "0", paramLabel = "FILE.json", description = "The file to import.")
    Path file;

    @Option(names = "--check", description = "Only check the file and tell what importing it would do; write nothing.")
    boolean checkOnly;

    ImportJsonCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("json.notFound", file.toString()));
        }
        try (Vault v = openVault()) {
            ImportSummary s = new JsonImport(v, env.clock()).importFile(file, checkOnly, TransferProgress.NONE);
            for (TransferMessage note : s.notes()) {
                env.err().println(note.render(env.messages()));
            }
            env.err().println(env.messages().get(s.checkOnly() ? "json.import.checked" : "json.import.done",
                    s.cases(), s.skipped(), s.renumbered(), s.newPeople(), s.newAgencies(), s.newOfficers(),
                    s.newPolicies(), s.newProvisions(), s.newVenues(), s.newAdoptions(), s.matchedPeople(),
                    s.completedRows()));
            return 0;
        } catch (JsonTransferException e) {
            for (TransferMessage m : e.problems()) {
                env.err().println(m.render(env.messages()));
            }
            if (e.problems().size() > 1 || !e.problems().get(0).path().isEmpty()) {
                env.err().println(env.messages().get("json.problems.count", e.problems().size()));
            }
            return CliFailure.FAILED;
        }
    }
}
