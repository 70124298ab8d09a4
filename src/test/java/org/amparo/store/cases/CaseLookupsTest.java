package org.amparo.store.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseTitle;
import org.amparo.domain.Person;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLookupsTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void peopleAreFoundByAnyPartOfTheirNameIgnoringCase() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            CaseLookups lookups = new CaseLookups(v);
            assertEquals(List.of("José Ángel Núñez"), lookups.findPeople("ÁNGEL", 10).stream().map(Person::name).toList());
            assertEquals(2, lookups.findPeople("", 10).size());
            assertEquals(1, lookups.findPeople("", 1).size());
            assertTrue(lookups.findPeople("100%", 10).isEmpty(), "% is a character, not a wildcard");
        }
    }

    @Test
    void anOfficersCasesAreListedUntilTheyGoToTheTrash() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, clock);
            CaseRecord saved = cases.save(SampleCases.i89RoadsideHold(ref));
            long deputy = saved.violations().get(0).officerId();
            CaseLookups lookups = new CaseLookups(v);
            assertEquals(List.of(new CaseTitle("2019-0001", "I-89 roadside hold for Border Patrol")),
                    lookups.casesOfOfficer(deputy));
            cases.moveToTrash("2019-0001");
            assertTrue(lookups.casesOfOfficer(deputy).isEmpty());
        }
    }
}
