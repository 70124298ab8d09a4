package org.amparo.cli;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code amparo <command> ...}. Exit codes: 0 success, 1 the operation failed,
 * 2 usage, wrong passphrase or vault in use. Messages go to standard error, one clear line.
 */
@Command(name = "amparo", mixinStandardHelpOptions = true, versionProvider = AmparoCli.Version.class,
        description = "Amparo: document Fair and Impartial Policing Policy violations. "
                + "Without a command, the desktop app starts.")
public final class AmparoCli {
    /** Every command, in the order --help lists them. New commands are added here. */
    static final List<Function<CliEnvironment, Object>> COMMANDS = List.of(
            InitCommand::new,
            CasesCommand::new,
            CheckCommand::new,
            BackupCommand::new,
            BackupsCommand::new,
            RestoreCommand::new,
            PassphraseCommand::new,
            LogCommand::new,
            ExportJsonCommand::new,
            ImportJsonCommand::new,
            TimelineCommand::new,
            ExportCommand::commandLine,
            DemoCommand::new,
            BenchCommand::commandLine);

    private AmparoCli() {
    }

    public static int run(CliEnvironment env, String... args) {
        CommandLine cl = new CommandLine(new AmparoCli());
        for (Function<CliEnvironment, Object> c : COMMANDS) {
            cl.addSubcommand(c.apply(env));
        }
        helpEverywhere(cl);
        cl.setOut(new java.io.PrintWriter(env.out(), true));
        cl.setErr(new java.io.PrintWriter(env.err(), true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof CliFailure f) {
                env.err().println(f.getMessage());
                return f.exitCode();
            }
            env.err().println(env.messages().get("cli.failed", ex.getClass().getSimpleName()));
            return CliFailure.FAILED;
        });
        cl.setExitCodeExceptionMapper(ex -> CliFailure.USAGE);
        return cl.execute(args);
    }

    /** Every command and subcommand answers --help (and --version). */
    private static void helpEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().optionsMap().get("--help") == null) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            helpEverywhere(sub);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AmparoCli.class.getPackage().getImplementationVersion();
            return new String[] {"Amparo " + (v == null ? "development" : v)};
        }
    }
}
