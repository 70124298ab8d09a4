package org.amparo.cli;

import java.time.Clock;
import org.amparo.service.backup.PassphraseChange;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import picocli.CommandLine.Command;

/**
 * {@code passphrase --vault DIR}: changes the passphrase. Old and new come from the console (the new one
 * twice), or with --passphrase-stdin from two lines of standard input: old, then new.
 */
@Command(name = "passphrase", description = "Change the vault's passphrase (old backups keep the old one).")
final class PassphraseCommand extends VaultCommand {
    PassphraseCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        char[] oldPass = PassphraseReader.read(env, passphraseStdin, false);
        char[] newPass = passphraseStdin ? PassphraseReader.line(env) : promptNew();
        Clock clock = env.clock();
        try {
            Vault v = env.opener().open(vaultFolder(), oldPass);
            new PassphraseChange(clock).change(v, newPass, env.opener().kdfForNewVault());
            env.err().println(env.messages().get("cli.passphrase.changed"));
            return 0;
        } catch (VaultException e) {
            throw failure(e);
        } finally {
            java.util.Arrays.fill(oldPass, ' ');
            java.util.Arrays.fill(newPass, ' ');
        }
    }

    private char[] promptNew() {
        if (env.console() == null) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.passphrase.missing"));
        }
        char[] a = env.console().readPassword(env.messages().get("cli.passphrase.new"));
        char[] b = env.console().readPassword(env.messages().get("cli.passphrase.repeat"));
        if (a == null || a.length == 0 || !java.util.Arrays.equals(a, b)) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.passphrase.mismatch"));
        }
        return a;
    }
}
