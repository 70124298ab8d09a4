package org.amparo.cli;

import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import picocli.CommandLine.Command;

/** {@code init --vault DIR}: creates a new vault; refuses to overwrite one. */
@Command(name = "init", description = "Create a new, empty vault (with the shipped reference data).")
final class InitCommand extends VaultCommand {
    InitCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, true);
        try (Vault ignored = env.opener().create(vaultFolder(), passphrase)) {
            env.err().println(env.messages().get("cli.init.done", vaultFolder().toAbsolutePath()));
            return 0;
        } catch (VaultException e) {
            throw failure(e);
        } finally {
            java.util.Arrays.fill(passphrase, ' ');
        }
    }
}
