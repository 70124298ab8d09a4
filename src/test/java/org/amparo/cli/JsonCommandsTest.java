package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.service.Messages;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path source;
    private Path target;

    @BeforeEach
    void vaults() throws Exception {
        source = dir.resolve("source");
        target = dir.resolve("target");
        try (Vault v = TestVaults.create(source)) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, CLOCK);
            cases.save(SampleCases.i89RoadsideHold(ref));
            cases.save(SampleCases.farmworkerSettlement(ref));
        }
        TestVaults.create(target).close();
    }

    @Test
    void exportThenImportMovesTheCasesToAnotherVault() throws Exception {
        Path file = dir.resolve("out").resolve("cases.json");
        assertEquals(0, run("export-json", "--vault", source.toString(), "--out", file.toString()), err());
        assertTrue(err().contains("Exported 2 cases and 3 people"), err());
        assertTrue(err().contains("not encrypted"), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no case data on standard output");
        assertTrue(Files.readString(file).contains("María Güemes"));

        reset();
        assertEquals(0, run("import-json", "--vault", target.toString(), file.toString()), err());
        assertTrue(err().startsWith("Imported 2 cases (0 skipped"), err());
        try (Vault v = TestVaults.open(target)) {
            assertEquals(List.of("2017-0001", "2019-0001"), new CaseRepository(v, CLOCK).references().stream()
                    .sorted().toList());
        }

        reset();
        assertEquals(0, run("import-json", "--vault", target.toString(), file.toString()), err());
        assertTrue(err().contains("Imported 0 cases (2 skipped"), err());
        assertTrue(err().contains("case 2019-0001 is already in this vault: skipped"), err());
    }

    @Test
    void exportOfNamedCasesAndAnUnknownCase() throws Exception {
        Path file = dir.resolve("one.json");
        assertEquals(0, run("export-json", "--vault", source.toString(), "--out", file.toString(),
                "--case", "2017-0001"), err());
        assertTrue(err().contains("Exported 1 cases and 1 people"), err());

        reset();
        Path none = dir.resolve("none.json");
        assertEquals(1, run("export-json", "--vault", source.toString(), "--out", none.toString(),
                "--case", "2017-0001", "2030-0001"));
        assertEquals("No case with reference 2030-0001.\n", err().replace("\r", ""));
        assertFalse(Files.exists(none), "nothing written");
    }

    @Test
    void aFileWithProblemsListsThemOnePerLineAndImportsNothing() throws Exception {
        Path file = dir.resolve("cases.json");
        run("export-json", "--vault", source.toString(), "--out", file.toString());
        String text = Files.readString(file).replace("\"incident_date\": \"2019-03-14\"",
                "\"incident_date\": \"2019-02-30\"").replace("VT-MODEL-2018/prolonged-stop", "VT-MODEL-2018/foo");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);

        reset();
        assertEquals(1, run("import-json", "--vault", target.toString(), bad.toString()));
        String[] lines = err().split("\\R");
        assertTrue(lines.length >= 3, err());
        assertTrue(err().contains("cases[1].incident_date: not a date: 2019-02-30"), err());
        assertTrue(err().contains("cases[1].violations[0].provision: unknown provision VT-MODEL-2018/foo"), err());
        assertTrue(lines[lines.length - 1].startsWith("The file has"), err());
        assertFalse(err().contains("Exception"), err());
        try (Vault v = TestVaults.open(target)) {
            assertEquals(0, new CaseRepository(v, CLOCK).count());
        }
    }

    @Test
    void malformedJsonAndAMissingFileGiveOneClearLine() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"amparo-vault\", \"version\": 1, \"cases\": [");
        assertEquals(1, run("import-json", "--vault", target.toString(), broken.toString()));
        assertTrue(err().startsWith("The file is not valid JSON (line 1, column"), err());
        assertEquals(1, err().split("\\R").length, err());

        reset();
        assertEquals(1, run("import-json", "--vault", target.toString(), dir.resolve("nope.json").toString()));
        assertTrue(err().startsWith("There is no file"), err());
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        Path file = dir.resolve("newer.json");
        Files.writeString(file, "{\"format\": \"amparo-vault\", \"version\": 7, \"cases\": []}");
        assertEquals(1, run("import-json", "--vault", target.toString(), file.toString()));
        assertTrue(err().startsWith("This file was written by a newer Amparo (format version 7;"), err());
    }

    @Test
    void bothCommandsAreListedInTheHelp() {
        run("--help");
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("export-json") && help.contains("import-json"), help);
    }

    private int run(String... args) {
        CliEnvironment env = new CliEnvironment(TestVaults.opener(), CLOCK, new Messages(Locale.ENGLISH),
                new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("AMPARO_PASSPHRASE", TestVaults.PASSPHRASE),
                null);
        return AmparoCli.run(env, args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void reset() {
        out.reset();
        err.reset();
    }
}
