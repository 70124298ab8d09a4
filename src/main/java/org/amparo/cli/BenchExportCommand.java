package org.amparo.cli;

import java.io.IOException;
import java.util.Locale;
import org.amparo.service.export.ExportException;
import org.amparo.service.export.RegisterBenchmark;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;

/**
 * {@code bench export --vault DIR}: the register export of the whole vault, from the vault to the closed file
 * ({@code export_s=}), the peak heap during it ({@code heap_mb=}), the floor measured in the same run
 * ({@code floor_s=}: the same sheets' XML written into a zip at the default deflate level from rows in memory),
 * {@code ratio=} (export / floor), and {@code cases=}, {@code violations=}, {@code xlsx_bytes=}.
 */
@Command(name = "export", description = "Time the register export of a vault against the floor (zip of the same XML).")
final class BenchExportCommand extends VaultCommand {
    BenchExportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Vault v = openVault()) {
            RegisterBenchmark.Result r = RegisterBenchmark.run(v);
            env.out().printf(Locale.ROOT, "export_s=%.3f%n", r.exportSeconds());
            env.out().println("heap_mb=" + r.heapMib());
            env.out().printf(Locale.ROOT, "floor_s=%.3f%n", r.floorSeconds());
            env.out().printf(Locale.ROOT, "ratio=%.2f%n", r.ratio());
            env.out().println("cases=" + r.cases());
            env.out().println("violations=" + r.violations());
            env.out().println("xlsx_bytes=" + r.bytes());
            return 0;
        } catch (IOException | ExportException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.failed", e.getClass().getSimpleName()));
        }
    }
}
