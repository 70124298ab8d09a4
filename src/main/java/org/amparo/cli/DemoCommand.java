package org.amparo.cli;

import java.util.Locale;
import org.amparo.service.demo.DemoVaultFiller;
import org.amparo.store.cases.BulkCaseWriter;
import org.amparo.store.cases.BulkWriteException;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo --vault DIR --cases N [--seed S]}: fills a vault (creating it first if there is none) with
 * made-up cases; prints {@code cases=} and {@code seconds=} lines.
 */
@Command(name = "demo", description = "Fill a vault (created if needed) with made-up, entirely fictional demo cases.")
final class DemoCommand extends VaultCommand {
    @Option(names = "--cases", paramLabel = "N", required = true, description = "How many cases to add.")
    int cases;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The same seed gives the same cases (default ${DEFAULT-VALUE}).")
    long seed;

    DemoCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if (cases < 0) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.count.invalid", cases));
        }
        try (Vault v = openOrCreate()) {
            long start = System.nanoTime();
            BulkCaseWriter.Result r = new DemoVaultFiller(v, env.clock()).fill(cases, seed, BulkCaseWriter.Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            env.out().println("cases=" + r.cases());
            env.out().println("seconds=" + String.format(Locale.ROOT, "%.2f", seconds));
            env.err().println(env.messages().get("cli.demo.done", r.cases(), vaultFolder().toAbsolutePath()));
            return 0;
        } catch (BulkWriteException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.demo.failed", e.committedCases()));
        }
    }

    private Vault openOrCreate() {
        if (new VaultFiles(vaultFolder()).exists()) {
            return openVault();
        }
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, true);
        try {
            Vault v = env.opener().create(vaultFolder(), passphrase);
            env.err().println(env.messages().get("cli.init.done", vaultFolder().toAbsolutePath()));
            return v;
        } catch (VaultException e) {
            throw failure(e);
        } finally {
            java.util.Arrays.fill(passphrase, ' ');
        }
    }
}
