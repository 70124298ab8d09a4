package org.amparo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amparo.service.VaultProblemText;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultFiles;
import picocli.CommandLine.Option;

/** What every command that works on a vault shares: --vault, --passphrase-stdin, and opening it. */
abstract class VaultCommand implements Callable<Integer> {
    @Option(names = "--vault", paramLabel = "DIR",
            description = "The vault folder (default: the per-user data folder).")
    Path vault;

    @Option(names = "--passphrase-stdin",
            description = "Read the passphrase from the first line of standard input.")
    boolean passphraseStdin;

    final CliEnvironment env;

    VaultCommand(CliEnvironment env) {
        this.env = env;
    }

    Path vaultFolder() {
        return vault != null ? vault : VaultFiles.defaultFolder();
    }

    Vault openVault() {
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, false);
        try {
            return openVault(passphrase);
        } finally {
            java.util.Arrays.fill(passphrase, ' ');
        }
    }

    /** Opens the vault with a passphrase already read (the caller wipes it). */
    Vault openVault(char[] passphrase) {
        try {
            return env.opener().open(vaultFolder(), passphrase);
        } catch (VaultException e) {
            throw failure(e);
        }
    }

    CliFailure failure(VaultException e) {
        int code = switch (e.problem()) {
            case WRONG_PASSPHRASE, IN_USE, NOT_FOUND, ALREADY_EXISTS -> CliFailure.USAGE;
            default -> CliFailure.FAILED;
        };
        return new CliFailure(code, VaultProblemText.of(e, env.messages()));
    }
}
