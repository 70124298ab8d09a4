package org.amparo.cli;

import java.util.Locale;
import org.amparo.service.bench.InsertBenchmark;
import org.amparo.store.cases.BulkWriteException;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench insert --vault DIR --cases N [--seed S]}: creates a fresh vault (refuses an existing one), inserts N
 * demo cases through the bulk path, closes the vault (compacting it) and prints cases, rows, insert_s,
 * rows_per_s, close_s and vault_mb.
 */
@Command(name = "insert", description = "Create a fresh vault, insert N demo cases, close it; print the figures.")
final class BenchInsertCommand extends VaultCommand {
    @Option(names = "--cases", paramLabel = "N", required = true, description = "How many demo cases to insert.")
    int cases;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Demo seed (default ${DEFAULT-VALUE}).")
    long seed;

    BenchInsertCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if (cases < 0) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.count.invalid", cases));
        }
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, true);
        Vault vault;
        try {
            vault = env.opener().create(vaultFolder(), passphrase);
        } catch (VaultException e) {
            throw failure(e);
        } finally {
            java.util.Arrays.fill(passphrase, ' ');
        }
        try (vault) {
            InsertBenchmark.Figures f = InsertBenchmark.run(vault, env.clock(), cases, seed);
            env.out().println("cases=" + f.cases());
            env.out().println("rows=" + f.rows());
            env.out().println("insert_s=" + format(f.insertSeconds()));
            env.out().println("rows_per_s=" + Math.round(f.rowsPerSecond()));
            env.out().println("insert_cpu_s=" + format(f.insertCpuSeconds()));
            env.out().println("close_s=" + format(f.closeSeconds()));
            env.out().println("vault_mb=" + format(f.vaultMegabytes()));
            return 0;
        } catch (BulkWriteException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.demo.failed", e.committedCases()));
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
