package org.amparo.store.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.amparo.domain.CasePage;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.EventKind;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRepositoryTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aWholeCaseIsSavedAndReadBackWithItsPeopleViolationsEventsAndFilings() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            CaseRecord saved = cases.save(SampleCases.i89RoadsideHold(ref));
            assertEquals("2019-0001", saved.reference());
            assertEquals(2, saved.parties().size());
            assertEquals("José Ángel Núñez", saved.parties().get(0).person().name());
            assertTrue(saved.parties().get(0).person().pseudonymNo() >= 1);
            assertEquals(2, saved.violations().size());
            assertEquals(4, saved.events().size());
            assertEquals(EventKind.TRANSFER, saved.events().get(2).kind());
            assertEquals(0, saved.events().get(2).violationIndex());
            assertEquals(1, saved.filings().size());
            assertEquals(List.of("I-89", "roadside"), saved.tags());

            CaseRecord second = cases.save(SampleCases.farmworkerSettlement(ref));
            assertEquals("2017-0001", second.reference());
            assertNotNull(second.settlementAmount());
        }
    }

    @Test
    void editingACaseReplacesItsPartsAndKeepsItsReference() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            CaseRecord saved = cases.save(SampleCases.i89RoadsideHold(ref));
            CaseRecord edited = new CaseRecord(saved.id(), saved.reference(), "Renamed", CaseStatus.NEGOTIATING,
                    saved.incidentDate(), saved.place(), saved.narrative(), saved.intakeDate(), null, null, null,
                    saved.tags(), saved.parties().subList(0, 1), saved.violations(), saved.events().subList(0, 2),
                    List.of());
            CaseRecord again = cases.save(edited);
            assertEquals(saved.reference(), again.reference());
            assertEquals("Renamed", again.title());
            assertEquals(1, again.parties().size());
            assertEquals(saved.parties().get(0).person().id(), again.parties().get(0).person().id());
            assertEquals(2, again.events().size());
            assertEquals(0, again.filings().size());
        }
    }

    @Test
    void aFailedSaveLeavesTheVaultAsItWas() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            CaseRecord good = SampleCases.i89RoadsideHold(ref);
            CaseRecord bad = new CaseRecord(null, null, good.title(), good.status(), good.incidentDate(), null, null,
                    null, null, null, null, List.of(), good.parties(), List.of(
                    new org.amparo.domain.Violation(null, 999_999, 1, null, "no such provision", null)),
                    List.of(), List.of());
            assertThrows(RuntimeException.class, () -> cases.save(bad));
            assertEquals(0, cases.count());
            assertEquals(0, v.dsl().fetchCount(org.amparo.store.jooq.Tables.PERSON));
        }
    }

    @Test
    void theListFindsACaseByAPersonsNameWithoutAccentsAndFiltersSortsAndPages() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            cases.save(SampleCases.i89RoadsideHold(ref));
            cases.save(SampleCases.farmworkerSettlement(ref));

            CasePage byName = cases.list(CaseQuery.all().withText("jose angel nunez"));
            assertEquals(1, byName.total());
            assertEquals("2019-0001", byName.rows().get(0).reference());
            assertEquals("Franklin County Sheriff's Department", byName.rows().get(0).agency());
            assertEquals("José Ángel Núñez, María Güemes", byName.rows().get(0).people());

            assertEquals(1, cases.list(CaseQuery.all().withText("ellison")).total(), "officer names are searched");
            assertEquals(1, cases.list(CaseQuery.all().withAgency("Addison County Sheriff's Department")).total());
            assertEquals(1, cases.list(CaseQuery.all().withAgency("franklin")).total());
            assertEquals(1, cases.list(CaseQuery.all().withStatus(CaseStatus.SETTLED)).total());
            assertEquals(1, cases.list(CaseQuery.all().withTopic("prolonged-stop")).total());
            assertEquals(1, cases.list(CaseQuery.all().withDates(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 2))).total(),
                    "an approximate date matches any of its possible days");
            CasePage sorted = cases.list(CaseQuery.all().sortedBy(CaseQuery.SortField.INCIDENT_DATE, false));
            assertEquals("2017-0001", sorted.rows().get(0).reference());
            CasePage second = cases.list(CaseQuery.all().sortedBy(CaseQuery.SortField.INCIDENT_DATE, false).page(1, 1));
            assertEquals(2, second.total());
            assertEquals(1, second.rows().size());
            assertEquals("2019-0001", second.rows().get(0).reference());
            assertEquals(0, cases.list(CaseQuery.all().withText("100%_")).total(), "LIKE characters are literal");
        }
    }

    @Test
    void aDeletedCaseGoesToTheTrashAndCanBeRestored() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRepository cases = new CaseRepository(v, clock);
            String refNo = cases.save(SampleCases.i89RoadsideHold(new ReferenceRepository(v))).reference();
            assertTrue(cases.moveToTrash(refNo));
            assertEquals(0, cases.list(CaseQuery.all()).total());
            assertEquals(1, cases.list(CaseQuery.all().inTrash(true)).total());
            assertTrue(cases.restoreFromTrash(refNo));
            assertEquals(1, cases.list(CaseQuery.all()).total());
            assertFalse(cases.isInTrash(refNo));
        }
    }
}
