package org.amparo.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amparo.service.bench.StartTimeBench;
import org.amparo.service.bench.StartTimeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench start}: milliseconds from launch to the first window for a bare JavaFX window, for Amparo, and for
 * Amparo with its class-data-sharing archive, each in a child process on the current display (under
 * {@code xvfb-run -a} on a machine without one). Prints {@code hello_ms=}, {@code app_ms=}, {@code app_cds_ms=}
 * (medians), {@code ratio=} (app with archive / hello; goal at most 1.3), {@code ratio_no_cds=}, {@code runs=}.
 * Loads no JavaFX itself: the children do.
 */
@Command(name = "start", description = "Time from launch to the first window: a bare JavaFX window, Amparo, "
        + "and Amparo with its class-data-sharing archive (needs a display).")
public final class BenchStartCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Rounds counted (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--warmups", paramLabel = "N", defaultValue = "1",
            description = "Rounds run first and not counted (default ${DEFAULT-VALUE}).")
    int warmups;
    @Option(names = "--cds-archive", paramLabel = "FILE",
            description = "An existing archive for this class path (e.g. the installed app's lib/app/amparo.jsa); "
                    + "without it one is made in a temporary folder.")
    Path cdsArchive;
    @Option(names = "--java", paramLabel = "FILE", description = "The Java executable (default: this one).")
    Path java;
    @Option(names = "--class-path", paramLabel = "PATH", description = "The class path (default: this one).")
    String classPath;
    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "An option for every child JVM (repeatable).")
    List<String> jvmOptions = new ArrayList<>();
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long one child may take to show its window (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private final CliEnvironment env;

    public BenchStartCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (runs < 1 || warmups < 0 || timeoutSeconds < 1) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("bench.start.badNumbers"));
        }
        StartTimeBench.Setup here = StartTimeBench.Setup.ofThisJvm();
        StartTimeBench.Setup setup = new StartTimeBench.Setup(java != null ? java : here.java(),
                classPath != null ? classPath : here.classPath(), jvmOptions, runs, warmups, cdsArchive,
                Duration.ofSeconds(timeoutSeconds));
        StartTimeBench.Result r;
        try {
            r = StartTimeBench.run(setup);
        } catch (StartTimeException e) {
            throw new CliFailure(CliFailure.FAILED,
                    env.messages().get("bench.start.failed." + e.reason().name(), e.detail()));
        }
        env.out().println("hello_ms=" + r.helloMs());
        env.out().println("app_ms=" + r.appMs());
        env.out().println("app_cds_ms=" + r.appCdsMs());
        env.out().printf(Locale.ROOT, "ratio=%.2f%n", r.ratio());
        env.out().printf(Locale.ROOT, "ratio_no_cds=%.2f%n", r.ratioWithoutCds());
        env.out().printf(Locale.ROOT, "goal_ratio=%.2f%n", StartTimeBench.GOAL_RATIO);
        env.out().println("runs=" + r.runs());
        return 0;
    }
}
