package org.amparo.cli;

import java.nio.file.Path;
import org.amparo.store.backup.BackupRestorer;
import org.amparo.store.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restore --vault DIR --from FILE}: replaces the vault with a verified backup; the current vault's
 * files are kept aside in DIR/before-restore-TIME/, never overwritten.
 */
@Command(name = "restore", description = "Restore a backup into the vault folder (the current vault is kept aside).")
final class RestoreCommand extends VaultCommand {
    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file (.amparo-backup).")
    Path from;

    RestoreCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, false);
        try {
            BackupRestorer.Result r = new BackupRestorer(env.clock()).restore(vaultFolder(), from, passphrase, "");
            env.out().println("restored=" + from.toAbsolutePath());
            env.out().println("cases=" + r.caseCount());
            env.out().println("kept_aside=" + r.keptAside().toAbsolutePath());
            return 0;
        } catch (VaultException e) {
            throw failure(e);
        } finally {
            java.util.Arrays.fill(passphrase, ' ');
        }
    }
}
