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
import org.amparo.domain.AuditAction;
import org.amparo.domain.AuditEntry;
import org.amparo.service.Messages;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheCasesTimelineAsAPdfInTheChosenLanguagePaperAndRedaction() throws Exception {
        Path vault = vaultWithI89();
        Path pdf = dir.resolve("out/cronologia.pdf");
        int code = run("timeline", "--vault", vault.toString(), "--case", "2019-0001", "--out", pdf.toString(),
                "--lang", "es", "--paper", "a4", "--redact");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Wrote 1 pages (4 events) to "));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing about the case on standard output");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(595.276f, d.getPage(0).getMediaBox().getWidth(), 0.01f);
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Persona A") && text.contains("Cronología del caso"), text);
            assertFalse(text.contains("Núñez"), text);
        }
        try (Vault v = TestVaults.open(vault)) {
            List<AuditEntry> log = new AuditTrail(v, Clock.systemUTC()).list("2019-0001", 10, 0);
            AuditEntry pdfEntry = log.stream().filter(e -> e.action() == AuditAction.PDF_TIMELINE).findFirst()
                    .orElseThrow(() -> new AssertionError("no PDF_TIMELINE entry in " + log));
            assertEquals("redacted; file cronologia.pdf", pdfEntry.detail());
        }
    }

    @Test
    void saysInOneLineWhenTheCaseOrAnOptionIsWrong() throws Exception {
        Path vault = vaultWithI89();
        Path pdf = dir.resolve("t.pdf");
        assertEquals(CliFailure.FAILED, run("timeline", "--vault", vault.toString(), "--case", "2030-0099",
                "--out", pdf.toString()));
        assertEquals("No case with reference 2030-0099.", lastLine());
        assertEquals(CliFailure.USAGE, run("timeline", "--vault", vault.toString(), "--case", "2019-0001",
                "--out", pdf.toString(), "--paper", "legal"));
        assertEquals("Unknown paper size: legal. Use letter or a4.", lastLine());
        assertEquals(CliFailure.USAGE, run("timeline", "--vault", vault.toString(), "--case", "2019-0001",
                "--out", pdf.toString(), "--lang", "fr"));
        assertEquals("Unknown language: fr. Use en or es.", lastLine());
        assertFalse(Files.exists(pdf));
    }

    private Path vaultWithI89() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, Clock.systemUTC()).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
        }
        return folder;
    }

    private int run(String... args) {
        err.reset();
        CliEnvironment env = new CliEnvironment(TestVaults.opener(),
                Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), new Messages(Locale.ENGLISH),
                new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("AMPARO_PASSPHRASE", TestVaults.PASSPHRASE), null);
        return AmparoCli.run(env, args);
    }

    private String lastLine() {
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\\R");
        return lines[lines.length - 1];
    }
}
