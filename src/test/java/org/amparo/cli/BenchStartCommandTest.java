package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.amparo.service.Messages;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.VaultOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code bench start} for real: child JVMs show a bare window and Amparo's first window (headless, on Monocle,
 * as the other UI tests do), an archive is made by a training run, and the figures come out as name=value lines.
 */
class BenchStartCommandTest {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @Test
    void printsTheThreeStartTimesAndTheRatio(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("--runs", "1", "--warmups", "0", "--timeout", "120",
                "--class-path", jarsOnly(dir)));
        for (String o : HEADLESS) {
            args.add("--jvm-option=" + o);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new CommandLine(new BenchStartCommand(env(out))).execute(args.toArray(String[]::new));

        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            String[] kv = line.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        assertEquals(List.of("hello_ms", "app_ms", "app_cds_ms", "ratio", "ratio_no_cds", "goal_ratio", "runs"),
                List.copyOf(values.keySet()));
        long hello = Long.parseLong(values.get("hello_ms"));
        long appCds = Long.parseLong(values.get("app_cds_ms"));
        assertTrue(hello > 0 && Long.parseLong(values.get("app_ms")) > 0 && appCds > 0, values.toString());
        assertEquals((double) appCds / hello, Double.parseDouble(values.get("ratio")), 0.006);
    }

    @Test
    void aChildThatShowsNoWindowIsOneClearLine(@TempDir Path dir) throws IOException {
        assertEquals("A test window did not open. Is there a display? On a machine without one, run under xvfb-run -a.",
                failureOf(dir, Files.createFile(dir.resolve("given.jsa"))));
    }

    @Test
    void aGivenArchiveThatIsMissingIsOneClearLine(@TempDir Path dir) {
        Path missing = dir.resolve("missing.jsa");
        assertEquals("Could not make or read the class-data-sharing archive " + missing
                + ". The class path must hold only jar files.", failureOf(dir, missing));
    }

    /** Runs with a class path that holds no Amparo (its children end at once) and the given archive. */
    private static String failureOf(Path dir, Path archive) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new BenchStartCommand(env(OutputStream.nullOutputStream())));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            err.writeBytes(ex.getMessage().getBytes(StandardCharsets.UTF_8));
            return ((CliFailure) ex).exitCode();
        });
        int code = cl.execute("--runs", "1", "--warmups", "0", "--class-path", dir.toString(),
                "--cds-archive", archive.toString());
        assertEquals(CliFailure.FAILED, code);
        return err.toString(StandardCharsets.UTF_8);
    }

    private static CliEnvironment env(OutputStream out) {
        return new CliEnvironment(new VaultOpener(new ShippedReferenceData()), Clock.systemUTC(),
                new Messages(Locale.ENGLISH), new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()),
                Map.of(), null);
    }

    /**
     * This test JVM's class path with its folders packed into a jar: the JVM makes archives from jars only.
     * The test classes are left out (the children need only the app and its libraries, Monocle included).
     */
    private static String jarsOnly(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (Files.isDirectory(p)) {
                if (Files.isRegularFile(p.resolve("org/amparo/app/Main.class"))) {
                    entries.add(jar(p, dir.resolve("classes.jar")).toString());
                }
            } else if (Files.isRegularFile(p)) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
