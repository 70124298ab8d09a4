package org.amparo.service.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code bench start} measurement: milliseconds from launching a JVM to its first window being shown, for a
 * bare JavaFX window ({@code HelloWindow}), for Amparo, and for Amparo with an application class-data-sharing
 * (AppCDS) archive; each a child process on the current display, the three taken in turn (order rotated each round)
 * so machine noise falls on all of them alike. The median of the rounds is kept.
 *
 * <p>Without a given archive, one is made the way the Linux package makes it on installation: a training run
 * writes the list of loaded classes ({@code -XX:DumpLoadedClassList}), then {@code -Xshare:dump} turns it into an
 * archive for this exact class path (JDK 17 only accepts an archive at the class path it was made for).
 * It goes to a temporary folder (it holds class metadata, no case data) that is deleted at the end.
 */
public final class StartTimeBench {
    /** The line the children print when their first window is shown (org.amparo.ui.shell.StartupProbe). */
    public static final String MARKER = "amparo.startup.window-shown";
    /** Amparo's launcher, started as the installed app starts it. */
    public static final String APP_MAIN = "org.amparo.app.Main";
    /** The bare JavaFX window used as the yardstick. */
    public static final String HELLO_MAIN = "org.amparo.ui.shell.HelloWindow";
    /** The goal: Amparo's first window within this factor of the bare window's. */
    public static final double GOAL_RATIO = 1.3;

    /**
     * What to run: the Java executable, the class path (jars only when no archive is given: the JVM refuses to
     * archive from folders), extra JVM options for every child, rounds counted and not counted, an existing
     * archive or null to make one, and how long one child may take to show its window.
     */
    public record Setup(Path java, String classPath, List<String> jvmOptions, int runs, int warmups,
                        Path cdsArchive, Duration timeout) {
        public Setup {
            jvmOptions = List.copyOf(jvmOptions);
            if (runs < 1 || warmups < 0) {
                throw new IllegalArgumentException("runs must be at least 1 and warmups at least 0");
            }
        }

        /** This JVM's executable and class path, 5 rounds after 1 warm-up, a new archive, 60 s per child. */
        public static Setup ofThisJvm() {
            String exe = System.getProperty("os.name", "").toLowerCase().contains("win") ? "java.exe" : "java";
            return new Setup(Path.of(System.getProperty("java.home"), "bin", exe),
                    System.getProperty("java.class.path"), List.of(), 5, 1, null, Duration.ofSeconds(60));
        }
    }

    /** Medians in milliseconds, the rounds counted, and whether the archive was made for this run. */
    public record Result(long helloMs, long appMs, long appCdsMs, int runs, boolean archiveMade) {
        /** Amparo with its archive against the bare window: the figure the goal is about. */
        public double ratio() {
            return (double) appCdsMs / helloMs;
        }

        public double ratioWithoutCds() {
            return (double) appMs / helloMs;
        }
    }

    private StartTimeBench() {
    }

    public static Result run(Setup setup) {
        Path work = null;
        Path archive = setup.cdsArchive();
        try {
            if (archive == null) {
                work = Files.createTempDirectory("amparo-bench-start");
                archive = makeArchive(setup, work);
            } else if (!Files.isRegularFile(archive)) {
                throw new StartTimeException(StartTimeException.Reason.ARCHIVE_FAILED, archive.toString());
            }
            List<List<String>> variants = List.of(
                    command(setup, HELLO_MAIN, List.of()),
                    command(setup, APP_MAIN, List.of()),
                    command(setup, APP_MAIN, List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath())));
            long[][] times = new long[variants.size()][setup.runs()];
            for (int round = -setup.warmups(); round < setup.runs(); round++) {
                for (int k = 0; k < variants.size(); k++) {
                    int v = Math.floorMod(k + round, variants.size());
                    long ms = ChildStart.millisToFirstWindow(variants.get(v), setup.timeout());
                    if (round >= 0) {
                        times[v][round] = ms;
                    }
                }
            }
            return new Result(median(times[0]), median(times[1]), median(times[2]), setup.runs(), work != null);
        } catch (IOException e) {
            throw new StartTimeException(StartTimeException.Reason.ARCHIVE_FAILED, e.getClass().getSimpleName());
        } finally {
            deleteQuietly(work);
        }
    }

    /** A training run that lists the classes loaded up to the first window, then the archive made from that list. */
    static Path makeArchive(Setup setup, Path dir) {
        Path classList = dir.resolve("amparo.classlist");
        Path archive = dir.resolve("amparo.jsa");
        ChildStart.millisToFirstWindow(
                command(setup, APP_MAIN, List.of("-XX:DumpLoadedClassList=" + classList.toAbsolutePath())),
                setup.timeout());
        List<String> dump = new ArrayList<>();
        dump.add(setup.java().toString());
        dump.addAll(setup.jvmOptions());
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList.toAbsolutePath(),
                "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-cp", setup.classPath()));
        if (!ChildStart.runToEnd(dump, setup.timeout()) || !Files.isRegularFile(archive)) {
            throw new StartTimeException(StartTimeException.Reason.ARCHIVE_FAILED, "");
        }
        return archive;
    }

    static List<String> command(Setup setup, String mainClass, List<String> extraOptions) {
        List<String> c = new ArrayList<>();
        c.add(setup.java().toString());
        c.addAll(setup.jvmOptions());
        c.addAll(extraOptions);
        c.add("-Damparo.reportStartup=true");
        c.add("-Damparo.exitAfterStartup=true");
        c.add("-cp");
        c.add(setup.classPath());
        c.add(mainClass);
        return c;
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : Math.round((v[n / 2 - 1] + v[n / 2]) / 2.0);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder holds no case data
        }
    }
}
