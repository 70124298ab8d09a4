package org.amparo.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amparo.service.timeline.TimelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench timeline}: the time to lay out and write the PDF of a 500-event case (goal: at most 1 s).
 * Prints {@code timeline_s=} (the first run in this process, as a user meets it), {@code timeline_warm_s=}
 * (the best of the runs after it), each also as processor time ({@code _cpu_s}, which other programs on a
 * shared machine do not inflate), {@code pages=}, {@code events=} and {@code pdf_bytes=}.
 */
@Command(name = "timeline", description = "Time laying out and writing the PDF timeline of a 500-event case.")
public final class BenchTimelineCommand implements Callable<Integer> {
    @Option(names = "--events", paramLabel = "N", defaultValue = "500", description = "Events in the case (default ${DEFAULT-VALUE}).")
    int events;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Runs after the first (default ${DEFAULT-VALUE}).")
    int runs;

    private final CliEnvironment env;

    public BenchTimelineCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            TimelineBenchmark.Result first = TimelineBenchmark.run(events, Locale.ENGLISH);
            double best = first.seconds();
            double bestCpu = first.cpuSeconds();
            for (int i = 0; i < runs; i++) {
                TimelineBenchmark.Result r = TimelineBenchmark.run(events, Locale.ENGLISH);
                best = Math.min(best, r.seconds());
                bestCpu = Math.min(bestCpu, r.cpuSeconds());
            }
            env.out().printf(Locale.ROOT, "timeline_s=%.3f%n", first.seconds());
            env.out().printf(Locale.ROOT, "timeline_cpu_s=%.3f%n", first.cpuSeconds());
            env.out().printf(Locale.ROOT, "timeline_warm_s=%.3f%n", best);
            env.out().printf(Locale.ROOT, "timeline_warm_cpu_s=%.3f%n", bestCpu);
            env.out().println("pages=" + first.pages());
            env.out().println("events=" + first.events());
            env.out().println("pdf_bytes=" + first.bytes());
            return 0;
        } catch (IOException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.failed", e.getClass().getSimpleName()));
        }
    }
}
