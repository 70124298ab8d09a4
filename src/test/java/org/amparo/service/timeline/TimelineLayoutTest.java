package org.amparo.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.EventKind;
import org.amparo.domain.TimelineEvent;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineLayoutTest {
    private static final Locale ES = new Locale("es");

    @TempDir
    Path dir;

    @Test
    void theFirstPageHeaderNamesTheCaseItsPeopleAgenciesOfficersAndViolatedProvisions() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            TimelineDocument doc = TimelineFixtures.service(v).layout(TimelineFixtures.savedI89(v),
                    TimelineFixtures.options(Locale.ENGLISH));
            String header = text(doc.pages().get(0), BlockKind.CASE_HEADER);
            for (String expected : List.of("2019-0001", "I-89 roadside hold for Border Patrol", "Documenting",
                    "José Ángel Núñez — passenger (detained)", "María Güemes — driver", "Mar 14, 2019",
                    "Franklin County Sheriff's Department", "U.S. Border Patrol - Swanton Station",
                    "Deputy Mark Ellison (badge F-112", "V1", "V2", "No initiating or prolonging stops for",
                    "Printed on November 30, 2026")) {
                assertTrue(header.contains(expected), () -> expected + " missing from\n" + header);
            }
            assertEquals("Amparo · Case 2019-0001 · Timeline",
                    doc.pages().get(0).blocks(BlockKind.RUNNING_HEADER).get(0).runs().get(0).text());
        }
    }

    @Test
    void eventsAreInDateOrderWithDatesAsWrittenApproximateOnesMarkedAndViolationsReferenced() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRecord saved = TimelineFixtures.savedI89(v);
            TimelineService service = TimelineFixtures.service(v);
            List<String> en = eventTexts(service.layout(saved, TimelineFixtures.options(Locale.ENGLISH)));
            assertEquals(4, en.size());
            assertTrue(en.get(0).startsWith("1.\nMar 14, 2019\nStop"), en.get(0));
            assertTrue(en.get(0).contains("2:20 PM"), en.get(0));
            assertTrue(en.get(1).contains("Demand for ID") && en.get(1).contains("Shows V2"), en.get(1));
            assertTrue(en.get(2).contains("V1") && en.get(2).contains("U.S. Border Patrol"), en.get(2));
            assertTrue(en.get(3).contains("June 2019") && en.get(3).contains("≈ approximate date"), en.get(3));
            assertFalse(en.get(0).contains("approximate"));

            List<String> es = eventTexts(service.layout(saved, TimelineFixtures.options(ES)));
            assertTrue(es.get(0).contains("14 mar 2019") && es.get(0).contains("14:20") && es.get(0).contains("Parada"),
                    es.get(0));
            assertTrue(es.get(3).contains("Junio de 2019") && es.get(3).contains("≈ fecha aproximada"), es.get(3));
        }
    }

    @Test
    void aFiveHundredEventCasePaginatesWithoutCuttingAnyEventAndNumbersEveryPage() {
        for (PaperSize paper : PaperSize.values()) {
            TimelineDocument doc = TimelineLayout.layout(TimelineBenchmark.syntheticCase(500),
                    TimelineBenchmark.references(), TimelineFixtures.options(Locale.ENGLISH).withPaper(paper));
            assertEquals(500, doc.eventCount());
            assertTrue(doc.pageCount() > 20, "pages: " + doc.pageCount());
            List<Integer> seen = new ArrayList<>();
            for (TimelinePage page : doc.pages()) {
                assertEquals(doc.pageCount(), page.count());
                assertEquals(paper.width(), page.width());
                PageGeometry g = PageGeometry.of(paper);
                List<TimelineBlock> footer = page.blocks(BlockKind.FOOTER);
                assertEquals(1, footer.size());
                assertTrue(footer.get(0).text().contains("Page " + page.number() + " of " + doc.pageCount()),
                        footer.get(0).text());
                assertTrue(footer.get(0).text().contains("Confidential"));
                assertEquals(1, page.blocks(BlockKind.RUNNING_HEADER).size());
                for (TimelineBlock b : page.blocks(BlockKind.EVENT)) {
                    seen.add(b.item());
                    assertTrue(b.top() >= PageGeometry.CONTENT_TOP && b.bottom() <= g.contentBottom() + 0.01f,
                            "event " + b.item() + " leaves the page body on page " + page.number());
                    for (TextRun r : b.runs()) {
                        assertTrue(r.baseline() > b.top() && r.baseline() < b.bottom(), "run outside its block");
                        float w = GlyphWidths.of(r.face()).width(r.text(), r.size());
                        assertTrue(r.x() >= PageGeometry.MARGIN - 0.01f && r.x() + w <= g.right() + 0.01f,
                                "line wider than the page: " + r.text());
                    }
                }
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                expected.add(i);
            }
            assertEquals(expected, seen, "every event exactly once, in order, never split");
        }
    }

    @Test
    void aLongDescriptionWrapsInsideItsEventAndAHugeOneContinuesOnTheNextPage() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRecord c = TimelineFixtures.savedI89(v);
            String longText = "The deputy kept everyone in the car and did not say why they were held. ".repeat(12)
                    + "Unbreakable" + "x".repeat(300);
            String huge = "Line of a very long written statement from the family. ".repeat(400);
            List<TimelineEvent> events = new ArrayList<>(c.events());
            events.add(new TimelineEvent(null, ApproximateDate.day(LocalDate.of(2019, 3, 16)), null, EventKind.OTHER,
                    longText, "Driver", null, null, null));
            events.add(new TimelineEvent(null, ApproximateDate.day(LocalDate.of(2019, 3, 17)), null, EventKind.OTHER,
                    huge, "Family", null, null, null));
            CaseRecord withLong = new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(),
                    c.place(), c.narrative(), c.intakeDate(), null, null, null, c.tags(), c.parties(), c.violations(),
                    events, c.filings());
            TimelineDocument doc = TimelineFixtures.service(v).layout(withLong, TimelineFixtures.options(Locale.ENGLISH));
            List<TimelineBlock> longBlocks = doc.pages().stream().flatMap(p -> p.blocks(BlockKind.EVENT).stream())
                    .filter(b -> b.text().contains("did not say why")).toList();
            assertEquals(1, longBlocks.size());
            assertTrue(longBlocks.get(0).runs().size() > 8, "the description wraps onto many lines");
            long hugeParts = doc.pages().stream().flatMap(p -> p.blocks(BlockKind.EVENT).stream())
                    .filter(b -> b.text().contains("written statement")).count();
            assertTrue(hugeParts >= 2, "an event taller than a page continues on the next");
            for (TimelinePage p : doc.pages()) {
                for (TimelineBlock b : p.blocks(BlockKind.EVENT)) {
                    assertTrue(b.bottom() <= PageGeometry.of(PaperSize.LETTER).contentBottom() + 0.01f);
                }
            }
        }
    }

    @Test
    void aLongSummaryContinuesOnTheNextPageAndEveryLineStaysInsideThePageBody() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRecord c = TimelineFixtures.savedI89(v);
            String narrative = String.join("\n", java.util.Collections.nCopies(40,
                    "The family remembers the deputy's words and the long wait by the highway in the cold."));
            CaseRecord longSummary = new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(),
                    c.place(), narrative, c.intakeDate(), null, null, null, c.tags(), c.parties(), c.violations(),
                    c.events(), c.filings());
            TimelineDocument doc = TimelineFixtures.service(v).layout(longSummary,
                    TimelineFixtures.options(Locale.ENGLISH));
            assertTrue(doc.pageCount() >= 2);
            assertFalse(doc.pages().get(1).blocks(BlockKind.CASE_HEADER).isEmpty(), "the summary goes on");
            PageGeometry g = PageGeometry.of(PaperSize.LETTER);
            for (TimelinePage p : doc.pages()) {
                for (TimelineBlock b : p.blocks()) {
                    if (b.kind() == BlockKind.RUNNING_HEADER || b.kind() == BlockKind.FOOTER) {
                        continue;
                    }
                    assertTrue(b.top() >= PageGeometry.CONTENT_TOP && b.bottom() <= g.contentBottom() + 0.01f,
                            b.kind() + " outside the page body on page " + p.number());
                }
            }
            assertEquals(4, eventTexts(doc).size());
        }
    }

    @Test
    void aRedactedLayoutShowsPseudonymsInTheHeaderAndInsideDescriptions() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            TimelineDocument doc = TimelineFixtures.service(v).layout(TimelineFixtures.savedI89(v),
                    TimelineFixtures.options(Locale.ENGLISH).withRedacted(true));
            String all = String.join("\n", doc.pages().stream().flatMap(p -> p.blocks().stream())
                    .map(TimelineBlock::text).toList());
            assertTrue(all.contains("Person A — passenger"), all);
            assertTrue(all.contains("Person B — driver"), all);
            assertTrue(all.contains("Border Patrol arrived and detained Person A"), all);
            assertTrue(all.contains("Redacted copy"), all);
            for (String name : List.of("José", "Ángel", "Núñez", "María", "Güemes")) {
                assertFalse(all.contains(name), name);
            }
            assertTrue(all.contains("Deputy Mark Ellison"), "officers keep their names");
        }
    }

    private static List<String> eventTexts(TimelineDocument doc) {
        return doc.pages().stream().flatMap(p -> p.blocks(BlockKind.EVENT).stream()).map(TimelineBlock::text).toList();
    }

    private static String text(TimelinePage page, BlockKind kind) {
        return String.join("\n", page.blocks(kind).stream().map(TimelineBlock::text).toList());
    }
}
