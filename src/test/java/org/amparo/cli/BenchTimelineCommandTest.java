package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.amparo.service.Messages;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchTimelineCommandTest {
    @Test
    void reportsTheTimeAndPagesOfAFiveHundredEventTimeline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(TestVaults.opener(), Clock.systemUTC(), new Messages(Locale.ENGLISH),
                new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err, Map.of(), null);
        int code = new CommandLine(new BenchTimelineCommand(env)).execute("--runs", "1");
        assertEquals(0, code);
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.matches("(?s)timeline_s=\\d+\\.\\d{3}\\n.*"), report);
        assertTrue(report.contains("\npages=") && report.contains("\nevents=500\n"), report);
        int pages = Integer.parseInt(report.replaceAll("(?s).*\\npages=(\\d+)\\n.*", "$1"));
        assertTrue(pages > 20, report);
    }
}
