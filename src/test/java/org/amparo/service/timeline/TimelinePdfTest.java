package org.amparo.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amparo.domain.CaseRecord;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelinePdfTest {
    @TempDir
    Path dir;

    @Test
    void everyEventOfAFiveHundredEventCaseAppearsOnceAndInOrder() throws IOException {
        CaseRecord c = TimelineBenchmark.syntheticCase(500);
        TimelineDocument doc = TimelineLayout.layout(c, TimelineBenchmark.references(),
                TimelineFixtures.options(Locale.ENGLISH));
        String text = text(pdf(doc));
        // date order: earliest possible day, then time (none first), then the order they were entered
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, LocalDate>comparing(i -> c.events().get(i).date().earliest())
                .thenComparing(i -> c.events().get(i).time(), Comparator.nullsFirst(Comparator.naturalOrder())));
        assertTrue(!order.equals(new ArrayList<>(order.stream().sorted().toList())), "approximate dates move events");
        int last = -1;
        for (int i : order) {
            String marker = String.format("Event %04d:", i + 1);
            int at = text.indexOf(marker);
            assertTrue(at > last, marker + " missing or out of order");
            assertEquals(-1, text.indexOf(marker, at + 1), marker + " appears twice");
            last = at;
        }
        assertTrue(text.contains("Page " + doc.pageCount() + " of " + doc.pageCount()));
    }

    @Test
    void accentedNamesAndSpanishPunctuationComeBackExactlyInBothLanguages() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRecord c = TimelineFixtures.i89WithAccentedNames(v);
            TimelineService service = TimelineFixtures.service(v);
            for (Locale lang : List.of(Locale.ENGLISH, new Locale("es"))) {
                String text = text(pdf(service.layout(c, TimelineFixtures.options(lang))));
                for (String name : List.of("José Ángel Núñez", "María Güemes", "Zoltán Kővári-Łukasiewicz",
                        "Čeněk Ďurovič", "¿Dónde nació? ¡Conteste!")) {
                    assertTrue(text.contains(name), name + " not found in\n" + text);
                }
            }
            String es = text(pdf(service.layout(c, TimelineFixtures.options(new Locale("es")))));
            assertTrue(es.contains("Página 1 de") && es.contains("Confidencial") && es.contains("Hechos"), es);
        }
    }

    @Test
    void aRedactedPdfHoldsNoPersonsNameNotEvenInItsProperties() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRecord c = TimelineFixtures.i89WithAccentedNames(v);
            byte[] bytes = pdf(TimelineFixtures.service(v).layout(c,
                    TimelineFixtures.options(new Locale("es")).withRedacted(true)));
            String text = text(bytes);
            assertTrue(text.contains("Persona A"), text);
            String folded = fold(text);
            for (String part : List.of("José", "Ángel", "Núñez", "María", "Güemes", "Zoltán", "Kővári",
                    "Łukasiewicz", "Čeněk", "Ďurovič")) {
                assertFalse(folded.contains(fold(part)), part + " left in the redacted PDF");
            }
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String props = pdf.getDocumentInformation().getTitle() + new String(
                        pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertFalse(fold(props).contains("nunez"), props);
            }
        }
    }

    @Test
    void thePdfEmbedsItsFontsNamesNoAuthorAndCarriesPdfA2bMarks() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            Path out = dir.resolve("out/timeline.pdf");
            List<String> audit = new ArrayList<>();
            TimelineService service = new TimelineService(
                    new org.amparo.store.cases.CaseRepository(v, TimelineFixtures.CLOCK),
                    new org.amparo.store.reference.ReferenceRepository(v), TimelineFixtures.CLOCK,
                    (ref, kind, redacted, file) -> audit.add(ref + " " + kind + " " + redacted + " " + file));
            CaseRecord c = TimelineFixtures.savedI89(v);
            TimelineDocument doc = service.layout(c, TimelineFixtures.options(Locale.ENGLISH));
            service.writePdf(doc, out, null);
            assertEquals(List.of("2019-0001 PDF false timeline.pdf"), audit);
            try (Stream<Path> files = Files.list(out.getParent())) {
                assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
            }
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                assertNull(pdf.getDocumentInformation().getAuthor());
                assertEquals("Amparo", pdf.getDocumentInformation().getCreator());
                assertTrue(pdf.getDocumentInformation().getTitle().contains("2019-0001"));
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName());
                        assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    }
                }
                String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B"), xmp);
                assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size());
                assertEquals("en", pdf.getDocumentCatalog().getLanguage());
                assertTrue(Files.size(out) < 200_000, "subset fonts keep the file small: " + Files.size(out));
            }
        }
    }

    static byte[] pdf(TimelineDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelinePdfWriter.write(doc, out, TimelineProgress.NONE);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(d), Normalizer.Form.NFC);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
