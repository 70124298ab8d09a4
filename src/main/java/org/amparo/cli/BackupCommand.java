package org.amparo.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.amparo.service.AppVersion;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.Backups;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --vault DIR [--to DIR]}: makes one verified, encrypted backup. */
@Command(name = "backup", description = "Make a verified, encrypted backup of the vault (default: DIR/backups).")
final class BackupCommand extends VaultCommand {
    @Option(names = "--to", paramLabel = "DIR", description = "Write the backup into this folder (e.g. an external drive).")
    Path to;

    BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Vault v = openVault()) {
            Backups backups = new Backups(v, env.clock(), AppVersion.current());
            BackupEntry b = backups.create(to != null ? to : backups.defaultFolder());
            env.out().println("backup=" + b.file().toAbsolutePath());
            env.out().println("cases=" + b.manifest().caseCount());
            env.out().println("verified=yes");
            return 0;
        } catch (IOException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.backup.failed", String.valueOf(e.getMessage())));
        }
    }
}
