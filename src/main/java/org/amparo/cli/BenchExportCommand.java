package org.amparo.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.amparo.service.export.ExportException;
import org.amparo.service.export.RegisterBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench export --vault DIR [--warmups W] [--runs N]}: the register export of the whole vault against the floor
 * (the same sheets' XML written into a zip at the default deflate level from rows in memory), both measured after W
 * untimed rounds, as the median of N timed rounds: {@code export_s=}, {@code floor_s=}, {@code ratio=} (export / floor);
 * {@code export_first_s=} and {@code ratio_first=} for the first export of the process; the peak heap
 * ({@code heap_mb=}); each round's times; {@code cases=}, {@code violations=}, {@code xlsx_bytes=}.
 */
@Command(name = "export", description = "Time the register export of a vault against the floor (zip of the same XML).")
final class BenchExportCommand extends VaultCommand {
    BenchExportCommand(CliEnvironment env) {
        super(env);
    }

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "3",
            description = "Untimed rounds of the export and of the floor first (default ${DEFAULT-VALUE}); the first "
                    + "export is still reported, as export_first_s.")
    int warmups;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed rounds after the warm-ups (default ${DEFAULT-VALUE}; the median is reported). Every "
                    + "export opens the vault again, so H2's page cache is empty.")
    int runs;

    @Override
    public Integer call() {
        if (runs < 1 || warmups < 1) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.bench.runs"));
        }
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, false);
        try {
            RegisterBenchmark.Result r = RegisterBenchmark.run(() -> openVault(passphrase), warmups, runs);
            env.out().printf(Locale.ROOT, "export_s=%.3f%n", r.exportSeconds());
            env.out().printf(Locale.ROOT, "floor_s=%.3f%n", r.floorSeconds());
            env.out().printf(Locale.ROOT, "ratio=%.2f%n", r.ratio());
            env.out().printf(Locale.ROOT, "export_first_s=%.3f%n", r.firstSeconds());
            env.out().printf(Locale.ROOT, "ratio_first=%.2f%n", r.firstRatio());
            env.out().println("heap_mb=" + r.heapMib());
            env.out().println("export_runs_s=" + seconds(r.exports()));
            env.out().println("floor_runs_s=" + seconds(r.floors()));
            env.out().println("cases=" + r.cases());
            env.out().println("violations=" + r.violations());
            env.out().println("xlsx_bytes=" + r.bytes());
            return 0;
        } catch (IOException | ExportException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.failed", e.getClass().getSimpleName()));
        } finally {
            Arrays.fill(passphrase, ' ');
        }
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(","));
    }
}
