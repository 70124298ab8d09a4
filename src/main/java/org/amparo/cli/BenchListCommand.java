package org.amparo.cli;

import java.time.LocalDate;
import org.amparo.service.bench.ListBenchmark;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench list --vault DIR [--runs N]}: times the case-list query (count + a sorted page of 100 at a deep
 * offset) for several filter shapes; prints open_ms, then for each shape its matches, offset, p50_ms, p95_ms
 * and max_ms.
 */
@Command(name = "list", description = "Time the case list query (text + agency + dates, each alone, none).")
final class BenchListCommand extends VaultCommand {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed runs per shape (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--text", paramLabel = "T", defaultValue = "hernández", description = "Text filter (default ${DEFAULT-VALUE}).")
    String text;
    @Option(names = "--agency", paramLabel = "NAME", defaultValue = "Franklin County Sheriff's Department",
            description = "Agency filter (default ${DEFAULT-VALUE}).")
    String agency;
    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2018-01-01", description = "Date range start (default ${DEFAULT-VALUE}).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", defaultValue = "2023-12-31", description = "Date range end (default ${DEFAULT-VALUE}).")
    LocalDate to;

    BenchListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (Vault v = openVault()) {
            env.out().println("open_ms=" + BenchInsertCommand.format((System.nanoTime() - start) / 1e6));
            CaseRepository cases = new CaseRepository(v, env.clock());
            env.out().println("cases=" + cases.count());
            for (ListBenchmark.Timing t : new ListBenchmark(cases)
                    .run(new ListBenchmark.Filters(text, agency, from, to), runs)) {
                env.out().println(t.shape() + "_matches=" + t.matches());
                env.out().println(t.shape() + "_offset=" + t.offset());
                env.out().println(t.shape() + "_p50_ms=" + BenchInsertCommand.format(t.p50Ms()));
                env.out().println(t.shape() + "_p95_ms=" + BenchInsertCommand.format(t.p95Ms()));
                env.out().println(t.shape() + "_max_ms=" + BenchInsertCommand.format(t.maxMs()));
            }
            return 0;
        }
    }
}
