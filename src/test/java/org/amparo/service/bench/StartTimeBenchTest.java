package org.amparo.service.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartTimeBenchTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(20, StartTimeBench.median(new long[] {30, 10, 20}));
        assertEquals(25, StartTimeBench.median(new long[] {40, 10, 20, 30}));
        assertEquals(7, StartTimeBench.median(new long[] {7}));
    }

    @Test
    void everyChildGetsTheSameJvmOptionsClassPathAndProbe() {
        StartTimeBench.Setup s = new StartTimeBench.Setup(Path.of("/jdk/bin/java"), "a.jar:b.jar", List.of("-Xmx256m"),
                1, 0, null, Duration.ofSeconds(5));
        List<String> hello = StartTimeBench.command(s, StartTimeBench.HELLO_MAIN, List.of());
        List<String> app = StartTimeBench.command(s, StartTimeBench.APP_MAIN, List.of("-XX:SharedArchiveFile=x.jsa"));
        assertEquals(List.of("/jdk/bin/java", "-Xmx256m", "-Damparo.reportStartup=true", "-Damparo.exitAfterStartup=true",
                "-cp", "a.jar:b.jar", "org.amparo.ui.shell.HelloWindow"), hello);
        assertEquals(List.of("/jdk/bin/java", "-Xmx256m", "-XX:SharedArchiveFile=x.jsa", "-Damparo.reportStartup=true",
                "-Damparo.exitAfterStartup=true", "-cp", "a.jar:b.jar", "org.amparo.app.Main"), app);
    }

    @Test
    void aChildThatEndsWithoutAWindowIsReportedAsNoWindow() {
        Path java = StartTimeBench.Setup.ofThisJvm().java();
        StartTimeException e = assertThrows(StartTimeException.class,
                () -> ChildStart.millisToFirstWindow(List.of(java.toString(), "-version"), Duration.ofSeconds(60)));
        assertEquals(StartTimeException.Reason.NO_WINDOW, e.reason());
    }

    @Test
    void aJavaThatDoesNotExistIsReportedByPath(@TempDir Path dir) {
        Path missing = dir.resolve("no-java");
        StartTimeException e = assertThrows(StartTimeException.class,
                () -> ChildStart.millisToFirstWindow(List.of(missing.toString()), Duration.ofSeconds(5)));
        assertEquals(StartTimeException.Reason.CANNOT_START, e.reason());
        assertEquals(missing.toString(), e.detail());
    }

    @Test
    void aGivenArchiveThatIsMissingFailsBeforeAnyChildStarts(@TempDir Path dir) {
        StartTimeBench.Setup s = new StartTimeBench.Setup(dir.resolve("no-java"), "a.jar", List.of(), 1, 0,
                dir.resolve("missing.jsa"), Duration.ofSeconds(5));
        StartTimeException e = assertThrows(StartTimeException.class, () -> StartTimeBench.run(s));
        assertEquals(StartTimeException.Reason.ARCHIVE_FAILED, e.reason());
        assertTrue(e.detail().endsWith("missing.jsa"));
    }
}
