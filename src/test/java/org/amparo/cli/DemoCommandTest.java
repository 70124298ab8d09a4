package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.service.Messages;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void demoCreatesAVaultFillsItAndCasesAndCheckWorkOnIt() {
        String vault = dir.resolve("demo").toString();
        assertEquals(0, run("demo", "--vault", vault, "--cases", "30", "--seed", "5"), err());
        List<String> lines = lines();
        assertEquals("cases=30", lines.get(0));
        assertTrue(lines.get(1).matches("seconds=\\d+\\.\\d\\d"), lines.get(1));

        assertEquals(0, run("cases", "--vault", vault, "--limit", "100"), err());
        List<String> rows = lines();
        assertEquals(30, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.matches("\\d{4}-\\d{4}\t.*") && r.split("\t").length == 6), rows.get(0));

        assertEquals(0, run("check", "--vault", vault), err());
        assertEquals("ok", lines().get(0));
        assertTrue(lines().contains("case_file=30"), lines().toString());

        assertEquals(0, run("demo", "--vault", vault, "--cases", "5"), err());
        assertEquals("cases=5", lines().get(0));
        assertEquals(0, run("check", "--vault", vault), err());
        assertTrue(lines().contains("case_file=35"), lines().toString());
    }

    @Test
    void benchInsertRefusesAnExistingVaultAndBenchListAndExportPrintTheirFigures() throws Exception {
        Path existing = dir.resolve("existing");
        TestVaults.create(existing).close();
        assertEquals(CliFailure.USAGE, run("bench", "insert", "--vault", existing.toString(), "--cases", "5"));
        assertEquals(CliFailure.USAGE, run("bench"));

        String fresh = dir.resolve("bench").toString();
        assertEquals(0, run("bench", "insert", "--vault", fresh, "--cases", "25"), err());
        List<String> figures = lines();
        assertTrue(figures.contains("cases=25"), figures.toString());
        for (String name : List.of("rows", "insert_s", "rows_per_s", "insert_cpu_s", "close_s", "vault_mb")) {
            assertTrue(figures.stream().anyMatch(l -> l.startsWith(name + "=")), name + " in " + figures);
        }

        assertEquals(0, run("bench", "list", "--vault", fresh, "--runs", "2"), err());
        List<String> list = lines();
        assertTrue(list.get(0).startsWith("open_ms="), list.toString());
        for (String shape : List.of("combined", "text", "agency", "dates", "unfiltered", "first_page")) {
            assertTrue(list.stream().anyMatch(l -> l.startsWith(shape + "_p50_ms=")), shape + " in " + list);
            assertTrue(list.stream().anyMatch(l -> l.startsWith(shape + "_p95_ms=")), shape + " in " + list);
        }

        assertEquals(CliFailure.USAGE, run("bench", "export", "--vault", fresh, "--runs", "0"));
        assertEquals(CliFailure.USAGE, run("bench", "export", "--vault", fresh, "--warmups", "0"));
        assertEquals(0, run("bench", "export", "--vault", fresh, "--warmups", "1", "--runs", "2"), err());
        List<String> export = lines();
        assertEquals("cases=25", value(export, "cases"));
        for (String name : List.of("export_s", "floor_s", "ratio", "export_first_s", "ratio_first", "heap_mb")) {
            assertTrue(Double.parseDouble(value(export, name).substring(name.length() + 1)) > 0, name + " in " + export);
        }
        assertEquals(2, value(export, "export_runs_s").split(",").length, export.toString());
        assertEquals(2, value(export, "floor_runs_s").split(",").length, export.toString());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        CliEnvironment env = new CliEnvironment(TestVaults.opener(),
                Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), new Messages(Locale.ENGLISH),
                new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("AMPARO_PASSPHRASE", TestVaults.PASSPHRASE),
                null);
        return AmparoCli.run(env, args);
    }

    private static String value(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + lines));
    }

    private List<String> lines() {
        return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\\R"));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
