package org.amparo.cli;

import org.amparo.domain.AuditEntry;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code log --vault DIR [--case REF]}: the audit trail, newest first, tab-separated. */
@Command(name = "log", description = "Show the audit trail (time, who, action, case, field, old, new, detail).")
final class LogCommand extends VaultCommand {
    @Option(names = "--case", paramLabel = "REF", description = "Only what happened to this case.")
    String caseRef;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "At most N entries (default ${DEFAULT-VALUE}).")
    int limit;

    LogCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Vault v = openVault()) {
            for (AuditEntry e : new AuditTrail(v, env.clock()).list(caseRef, limit, 0)) {
                env.out().println(String.join("\t", e.at().toString(), nz(e.actor()), e.action().name(),
                        nz(e.caseReference()), nz(e.field()), nz(e.oldValue()), nz(e.newValue()), nz(e.detail())));
            }
            return 0;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
