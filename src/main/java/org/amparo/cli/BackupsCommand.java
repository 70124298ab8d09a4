package org.amparo.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.amparo.service.AppVersion;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.Backups;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backups --vault DIR [--in DIR]}: lists backups, newest first, each checked against its tag. */
@Command(name = "backups", description = "List the vault's backups (created, cases, status, file), each verified by its tag.")
final class BackupsCommand extends VaultCommand {
    @Option(names = "--in", paramLabel = "DIR", description = "List the backups in this folder instead of DIR/backups.")
    Path in;

    BackupsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Vault v = openVault()) {
            Backups backups = new Backups(v, env.clock(), AppVersion.current());
            for (BackupEntry b : backups.list(in != null ? in : backups.defaultFolder(), true)) {
                env.out().println(String.join("\t",
                        b.manifest() == null ? "" : b.manifest().createdAt().toString(),
                        b.manifest() == null ? "" : Integer.toString(b.manifest().caseCount()),
                        b.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        b.file().toAbsolutePath().toString()));
            }
            return 0;
        }
    }
}
