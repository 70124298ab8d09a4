package org.amparo.cli;

import java.io.IOException;
import java.util.Locale;
import org.amparo.service.export.ExportException;
import org.amparo.service.export.RegisterBenchmark;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench export --vault DIR}: the register export of the whole vault, from the vault to the closed file
 * ({@code export_s=}), the peak heap during it ({@code heap_mb=}), the floor measured in the same run
 * ({@code floor_s=}: the same sheets' XML written into a zip at the default deflate level from rows in memory),
 * {@code ratio=} (export / floor), and {@code cases=}, {@code violations=}, {@code xlsx_bytes=}. With
 * {@code --runs N}, N-1 more exports each on the vault opened again ({@code export_warm_s=}, {@code ratio_warm=}).
 */
@Command(name = "export", description = "Time the register export of a vault against the floor (zip of the same XML).")
final class BenchExportCommand extends VaultCommand {
    BenchExportCommand(CliEnvironment env) {
        super(env);
    }

    @Option(names = "--runs", defaultValue = "1",
            description = "Exports to time (default 1). Each later one reopens the vault first, so H2's page cache is "
                    + "empty again while the JVM is warm; they print export_warm_s= (the best) and ratio_warm=.")
    int runs;

    @Override
    public Integer call() {
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, false);
        try {
            RegisterBenchmark.Result r;
            try (Vault v = openVault(passphrase)) {
                r = RegisterBenchmark.run(v);
            }
            double warm = Double.MAX_VALUE;
            for (int i = 1; i < runs; i++) {
                try (Vault v = openVault(passphrase)) {
                    warm = Math.min(warm, RegisterBenchmark.exportOnly(v));
                }
            }
            env.out().printf(Locale.ROOT, "export_s=%.3f%n", r.exportSeconds());
            env.out().println("heap_mb=" + r.heapMib());
            env.out().printf(Locale.ROOT, "floor_s=%.3f%n", r.floorSeconds());
            env.out().printf(Locale.ROOT, "ratio=%.2f%n", r.ratio());
            env.out().println("cases=" + r.cases());
            env.out().println("violations=" + r.violations());
            env.out().println("xlsx_bytes=" + r.bytes());
            if (runs > 1) {
                env.out().printf(Locale.ROOT, "export_warm_s=%.3f%n", warm);
                env.out().printf(Locale.ROOT, "ratio_warm=%.2f%n", warm / r.floorSeconds());
            }
            return 0;
        } catch (IOException | ExportException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.failed", e.getClass().getSimpleName()));
        } finally {
            java.util.Arrays.fill(passphrase, ' ');
        }
    }
}
