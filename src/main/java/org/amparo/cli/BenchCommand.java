package org.amparo.cli;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench <what> ...}: the project's benchmark harness. Each measurement is a subcommand of its own class
 * ({@code bench insert}, {@code bench list}); a new one is added to {@link #SUBCOMMANDS}. Figures are printed as
 * {@code name=value} lines on standard output.
 */
@Command(name = "bench", description = "Benchmarks; figures are printed as name=value lines.")
final class BenchCommand implements Runnable {
    /** Every bench subcommand, in the order --help lists them. */
    static final List<Function<CliEnvironment, Object>> SUBCOMMANDS = List.of(
            BenchInsertCommand::new,
            BenchListCommand::new,
            BenchTimelineCommand::new,
            BenchExportCommand::new,
            BenchStartCommand::new,
            BenchCrashCommand::new);

    private final CliEnvironment env;

    private BenchCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The {@code bench} command with its subcommands, as {@link AmparoCli} registers it. */
    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cl = new CommandLine(new BenchCommand(env));
        for (Function<CliEnvironment, Object> s : SUBCOMMANDS) {
            cl.addSubcommand(s.apply(env));
        }
        return cl;
    }

    /** {@code bench} alone: say which subcommands there are (usage error). */
    @Override
    public void run() {
        throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.bench.subcommand"));
    }
}
