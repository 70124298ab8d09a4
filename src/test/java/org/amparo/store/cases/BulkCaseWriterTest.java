package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Filing;
import org.amparo.domain.Officer;
import org.amparo.domain.Person;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.jooq.Record4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkCaseWriterTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void bulkWrittenCasesReadBackAsWrittenWithReferencesContinuingEachYear() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            CaseRecord existing = cases.save(SampleCases.i89RoadsideHold(ref));
            assertEquals("2019-0001", existing.reference());

            CaseRecord noIntake = withIntake(SampleCases.farmworkerSettlement(ref), null);
            List<CaseRecord> input = List.of(SampleCases.i89RoadsideHold(ref), SampleCases.farmworkerSettlement(ref),
                    SampleCases.i89RoadsideHold(ref), noIntake);
            BulkCaseWriter.Result r = new BulkCaseWriter(v, clock).write(input.iterator(), input.size(),
                    BulkCaseWriter.Progress.NONE);
            assertEquals(4, r.cases());
            assertFalse(r.cancelled());
            // case + 2 people + 2 parties + 2 violations + 4 events + 1 filing; case + person + party + violation
            assertEquals(2 * 12 + 2 * 4, r.rows());

            List<String> expectedRefs = List.of("2019-0002", "2017-0001", "2019-0003", "2026-0001");
            for (int i = 0; i < input.size(); i++) {
                CaseRecord loaded = cases.load(expectedRefs.get(i)).orElseThrow();
                assertEquals(withoutIds(input.get(i)), withoutIds(loaded), "case " + expectedRefs.get(i));
            }
            assertEquals(List.of("2019-0001", "2019-0002", "2017-0001", "2019-0003", "2026-0001"), cases.references());
            assertTrue(new IntegrityCheck(v).run().ok());
        }
    }

    @Test
    void bulkCasesGetTheSameListColumnsAsASingleSave() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRecord sample = SampleCases.i89RoadsideHold(ref);
            String single = new CaseRepository(v, clock).save(sample).reference();
            new BulkCaseWriter(v, clock).write(List.of(sample).iterator(), 1, BulkCaseWriter.Progress.NONE);

            Record4<String, String, String, String> a = listColumns(v, single);
            Record4<String, String, String, String> b = listColumns(v, "2019-0002");
            assertNotNull(b.value1());
            assertEquals(a, b);
            assertEquals("José Ángel Núñez, María Güemes", b.value1());
            assertEquals("Franklin County Sheriff's Department", b.value2());
            assertTrue(b.value4().contains("jose angel nunez"), "search text is folded");
            assertTrue(b.value4().contains("ellison"), "officers' names are searched");
        }
    }

    @Test
    void newPeopleContinueThePseudonymsAndOrdinarySavesContinueTheIds() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            CaseRecord first = cases.save(SampleCases.i89RoadsideHold(ref));
            List<CaseRecord> input = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                input.add(SampleCases.i89RoadsideHold(ref));
            }
            new BulkCaseWriter(v, clock, 3).write(input.iterator(), input.size(), BulkCaseWriter.Progress.NONE);
            CaseRecord after = cases.save(SampleCases.farmworkerSettlement(ref));

            List<Integer> pseudonyms = v.dsl().select(PERSON.PSEUDONYM_NO).from(PERSON).orderBy(PERSON.ID)
                    .fetch(PERSON.PSEUDONYM_NO);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 2 + 7 * 2 + 1; i++) {
                expected.add(i);
            }
            assertEquals(expected, pseudonyms);
            assertTrue(after.id() > first.id() + 7, "the identity column was moved past the bulk ids");
            assertEquals("2019-0008", cases.references().get(7));
            assertEquals(9, cases.count());
            assertTrue(new IntegrityCheck(v).run().ok());
        }
    }

    @Test
    void aCancelledWriteKeepsWhatItWroteAndSaysSo() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            List<CaseRecord> input = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                input.add(SampleCases.farmworkerSettlement(ref));
            }
            List<Integer> reported = new ArrayList<>();
            BulkCaseWriter.Progress stopAfterFirstBatch = new BulkCaseWriter.Progress() {
                @Override
                public void update(int done, int total) {
                    reported.add(done);
                    assertEquals(10, total);
                }

                @Override
                public boolean cancelled() {
                    return !reported.isEmpty();
                }
            };
            BulkCaseWriter.Result r = new BulkCaseWriter(v, clock, 4).write(input.iterator(), 10, stopAfterFirstBatch);
            assertTrue(r.cancelled());
            assertEquals(4, r.cases());
            assertEquals(List.of(4), reported);
            assertEquals(4, new CaseRepository(v, clock).count());
        }
    }

    @Test
    void aFailureKeepsTheBatchesCommittedBeforeItAndNothingOfItsOwnBatch() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRecord good = SampleCases.farmworkerSettlement(ref);
            CaseRecord bad = new CaseRecord(null, null, "bad", good.status(), good.incidentDate(), null, null,
                    good.intakeDate(), null, null, null, List.of(), good.parties(),
                    List.of(new Violation(null, 999_999, good.violations().get(0).agencyId(), null, "no such provision",
                            null)), List.of(), List.of());
            List<CaseRecord> input = List.of(good, good, good, bad, good);
            BulkWriteException e = assertThrows(BulkWriteException.class, () -> new BulkCaseWriter(v, clock, 2)
                    .write(input.iterator(), input.size(), BulkCaseWriter.Progress.NONE));
            assertEquals(2, e.committedCases());
            CaseRepository cases = new CaseRepository(v, clock);
            assertEquals(2, cases.count());
            assertEquals(2, v.dsl().fetchCount(PERSON), "the failed batch's people were rolled back");
            assertEquals("2017-0003", cases.save(good).reference(), "saving goes on normally afterwards");
            assertTrue(new IntegrityCheck(v).run().ok());
        }
    }

    @Test
    void officersWrittenInBulkGetIdsAndTheirNamesAreSearchable() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            long sheriff = ref.agencyByName("Orleans County Sheriff's Department").orElseThrow().id();
            BulkCaseWriter writer = new BulkCaseWriter(v, clock);
            List<Officer> saved = writer.writeOfficers(List.of(
                    new Officer(null, "Dana Whitcomb ", "OCS-101", sheriff, "Deputy", null, null),
                    new Officer(null, "Kelly Marsh", "OCS-102", sheriff, "Sergeant", null, null)));
            assertEquals(2, saved.size());
            assertEquals("Dana Whitcomb", saved.get(0).name());
            assertEquals(saved, ref.officersOf(sheriff));

            CaseRecord sample = SampleCases.farmworkerSettlement(ref);
            Violation v0 = sample.violations().get(0);
            CaseRecord named = new CaseRecord(null, null, sample.title(), sample.status(), sample.incidentDate(), null,
                    null, sample.intakeDate(), null, null, null, List.of(), sample.parties(),
                    List.of(new Violation(null, v0.provisionId(), sheriff, saved.get(1).id(), "held", null)),
                    List.of(), List.of());
            writer.write(List.of(named).iterator(), 1, BulkCaseWriter.Progress.NONE);
            CaseRepository cases = new CaseRepository(v, clock);
            assertEquals(1, cases.list(org.amparo.domain.CaseQuery.all().withText("kelly marsh")).total());
            Officer later = ref.saveOfficer(new Officer(null, "Ryan Pike", null, sheriff, null, null, null));
            assertTrue(later.id() > saved.get(1).id());
        }
    }

    @Test
    void manyCasesInManyBatchesReportProgressAfterEachCommit() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRecord sample = SampleCases.i89RoadsideHold(ref);
            AtomicInteger made = new AtomicInteger();
            java.util.Iterator<CaseRecord> many = new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return made.get() < 250;
                }

                @Override
                public CaseRecord next() {
                    made.incrementAndGet();
                    return sample;
                }
            };
            List<Integer> reported = new ArrayList<>();
            BulkCaseWriter.Result r = new BulkCaseWriter(v, clock, 100).write(many, 250, (done, total) -> reported.add(done));
            assertEquals(250, r.cases());
            assertEquals(List.of(100, 200, 250), reported);
            Set<String> refs = new HashSet<>(new CaseRepository(v, clock).references());
            assertEquals(250, refs.size());
            assertTrue(refs.contains("2019-0250"));
        }
    }

    private static Record4<String, String, String, String> listColumns(Vault v, String reference) {
        return v.dsl().select(CASE_FILE.LIST_PEOPLE, CASE_FILE.LIST_AGENCY, CASE_FILE.LIST_TOPIC, CASE_FILE.SEARCH_TEXT)
                .from(CASE_FILE).where(CASE_FILE.REFERENCE.eq(reference)).fetchSingle();
    }

    private static CaseRecord withIntake(CaseRecord c, java.time.LocalDate intake) {
        return new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(), c.place(), c.narrative(),
                intake, c.outcome(), c.settlementAmount(), c.settlementDate(), c.tags(), c.parties(), c.violations(),
                c.events(), c.filings());
    }

    /** The case as the user wrote it: no ids, no reference, no pseudonyms (the vault gives those). */
    static CaseRecord withoutIds(CaseRecord c) {
        List<CaseParty> parties = c.parties().stream().map(p -> new CaseParty(new Person(null, p.person().name(),
                p.person().otherNames(), p.person().preferredLanguage(), p.person().contact(), p.person().birthYear(),
                0, p.person().notes()), p.role(), p.notes())).toList();
        List<Violation> violations = c.violations().stream().map(x -> new Violation(null, x.provisionId(),
                x.agencyId(), x.officerId(), x.whatHappened(), x.evidence())).toList();
        List<TimelineEvent> events = c.events().stream().map(e -> new TimelineEvent(null, e.date(), e.time(), e.kind(),
                e.description(), e.source(), e.agencyId(), e.officerId(), e.violationIndex())).toList();
        List<Filing> filings = c.filings().stream().map(f -> new Filing(null, f.venueId(), f.filedOn(),
                f.referenceNo(), f.status(), f.outcome())).toList();
        return new CaseRecord(null, null, c.title(), c.status(), c.incidentDate(), c.place(), c.narrative(),
                c.intakeDate(), c.outcome(), c.settlementAmount(), c.settlementDate(), c.tags(), parties, violations,
                events, filings);
    }
}
