package org.amparo.cli;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code export case ...} and {@code export register ...}: Excel workbooks for lawyers. */
@Command(name = "export", description = "Write Excel workbooks: one case's (export case) or the case register (export register).")
final class ExportCommand implements Runnable {
    static final List<Function<CliEnvironment, Object>> SUBCOMMANDS = List.of(
            ExportCaseCommand::new,
            ExportRegisterCommand::new);

    private final CliEnvironment env;

    private ExportCommand(CliEnvironment env) {
        this.env = env;
    }

    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cl = new CommandLine(new ExportCommand(env));
        for (Function<CliEnvironment, Object> s : SUBCOMMANDS) {
            cl.addSubcommand(s.apply(env));
        }
        return cl;
    }

    @Override
    public void run() {
        throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.export.subcommand"));
    }
}
