package org.amparo.cli;

import org.amparo.service.backup.VaultCheck;
import org.amparo.store.check.IntegrityReport;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;

/**
 * {@code check}: reads the whole vault and checks the model's rules; prints {@code ok} and counts, or the problems.
 * The check is recorded in the audit trail.
 */
@Command(name = "check", description = "Check the vault: read every table and index, and the model's rules.")
final class CheckCommand extends VaultCommand {
    CheckCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Vault v = openVault()) {
            IntegrityReport report = new VaultCheck(v, env.clock()).run();
            if (report.ok()) {
                env.out().println("ok");
            } else {
                for (IntegrityReport.Problem p : report.problems()) {
                    env.out().println("problem\t" + p.code() + "\t" + (p.caseReference() == null ? "" : p.caseReference())
                            + "\t" + p.detail());
                }
            }
            report.counts().forEach((table, n) -> env.out().println(table + "=" + n));
            return report.ok() ? 0 : CliFailure.FAILED;
        }
    }
}
