package org.amparo.service.demo;

import static org.amparo.store.jooq.Tables.VIOLATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.cases.BulkCaseWriter;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCaseGeneratorTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSameSeedGivesTheSameCasesInTwoVaults() throws Exception {
        List<String> first = fingerprint(dir.resolve("a"), 60, 42);
        List<String> second = fingerprint(dir.resolve("b"), 60, 42);
        assertEquals(60, first.size());
        assertEquals(first, second);
        assertNotEquals(first, fingerprint(dir.resolve("c"), 60, 43), "another seed gives other cases");
    }

    @Test
    void violationsCiteAProvisionOfTheVersionInForceForTheIncident() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            BulkCaseWriter.Result r = new DemoVaultFiller(v, clock).fill(300, 7, BulkCaseWriter.Progress.NONE);
            assertEquals(300, r.cases());
            ReferenceRepository refs = new ReferenceRepository(v);
            Map<Long, PolicyVersion> versionOfProvision = versionsOfProvisions(refs);
            CaseRepository cases = new CaseRepository(v, clock);
            int approximate = 0;
            int violations = 0;
            int events = 0;
            int linked = 0;
            boolean accents = false;
            for (String ref : cases.references()) {
                CaseRecord c = cases.load(ref).orElseThrow();
                LocalDate earliest = c.incidentDate().earliest();
                LocalDate latest = c.incidentDate().latest();
                assertFalse(earliest.isBefore(LocalDate.of(2016, 7, 1)), ref);
                assertFalse(latest.isAfter(LocalDate.of(2026, 12, 31)), ref);
                approximate += c.incidentDate().isApproximate() ? 1 : 0;
                assertFalse(c.violations().isEmpty(), ref);
                for (Violation x : c.violations()) {
                    PolicyVersion version = versionOfProvision.get(x.provisionId());
                    assertEquals(PolicyScope.STATEWIDE, version.scope(), ref);
                    assertTrue(version.inForceOn(earliest) && version.inForceOn(latest),
                            ref + ": " + version.key() + " was not in force on " + c.incidentDate());
                    assertEquals(c.violations().get(0).agencyId(), x.agencyId(), ref);
                    violations++;
                }
                for (TimelineEvent e : c.events()) {
                    events++;
                    linked += e.violationIndex() == null ? 0 : 1;
                    assertFalse(e.date().earliest().isAfter(LocalDate.of(2026, 11, 30)), ref + " event in the future");
                }
                for (CaseParty p : c.parties()) {
                    accents |= !p.person().name().chars().allMatch(ch -> ch < 128);
                }
                assertTrue(c.tags().contains("demo"), ref);
                assertFalse(c.intakeDate().isBefore(earliest), ref);
            }
            assertTrue(approximate > 30 && approximate < 100, "about one in five dates is approximate: " + approximate);
            assertTrue(violations > 450 && violations < 750, "about two violations a case: " + violations);
            assertTrue(events > 1200 && events < 2100, "about five events a case: " + events);
            assertTrue(linked > 300, "events show violations: " + linked);
            assertTrue(accents, "Spanish names keep their accents");
            assertTrue(new IntegrityCheck(v).run().ok());
        }
    }

    @Test
    void thePolicyChoiceDecidesWhichVersionTheViolationsCite() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository refs = new ReferenceRepository(v);
            PolicyVersion latest = refs.policyVersions().stream().filter(p -> p.key().equals("VT-MODEL-2024"))
                    .findFirst().orElseThrow();
            new DemoVaultFiller(v, clock, r -> (agencyId, incident) -> Optional.of(latest))
                    .fill(40, 3, BulkCaseWriter.Progress.NONE);
            Map<Long, PolicyVersion> versionOfProvision = versionsOfProvisions(refs);
            for (Long provision : v.dsl().selectDistinct(VIOLATION.PROVISION_ID).from(VIOLATION)
                    .fetch(VIOLATION.PROVISION_ID)) {
                assertEquals("VT-MODEL-2024", versionOfProvision.get(provision).key());
            }
            assertTrue(v.dsl().fetchCount(VIOLATION) > 40);
        }
    }

    @Test
    void demoCasesNameOnlyTheDemoOfficersAndASecondRunReusesThem() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            ReferenceRepository refs = new ReferenceRepository(v);
            long sheriff = refs.agencyByName("Franklin County Sheriff's Department").orElseThrow().id();
            Officer real = refs.saveOfficer(new Officer(null, "Someone Real", "F-1", sheriff, "Deputy", null, null));
            new DemoVaultFiller(v, clock).fill(150, 1, BulkCaseWriter.Progress.NONE);
            int officers = refs.officers().size();
            assertTrue(officers > 100, "a pool of officers per agency: " + officers);
            assertEquals(0, v.dsl().fetchCount(VIOLATION, VIOLATION.OFFICER_ID.eq(real.id())));
            assertTrue(v.dsl().fetchCount(VIOLATION, VIOLATION.OFFICER_ID.isNotNull()) > 150,
                    "officers are linked records reused across cases");

            new DemoVaultFiller(v, clock).fill(20, 1, BulkCaseWriter.Progress.NONE);
            assertEquals(officers, refs.officers().size(), "the same seed's officers are reused, not duplicated");
            assertEquals(170, new CaseRepository(v, clock).count());
        }
    }

    /** Reference, title and people of every case, in reference order. */
    private List<String> fingerprint(Path folder, int count, long seed) throws Exception {
        try (Vault v = TestVaults.create(folder)) {
            new DemoVaultFiller(v, clock).fill(count, seed, BulkCaseWriter.Progress.NONE);
            CaseRepository cases = new CaseRepository(v, clock);
            List<String> out = new ArrayList<>();
            for (String ref : cases.references()) {
                CaseRecord c = cases.load(ref).orElseThrow();
                out.add(ref + " | " + c.title() + " | " + c.incidentDate() + " | "
                        + c.parties().stream().map(p -> p.person().name()).toList());
            }
            return out;
        }
    }

    private static Map<Long, PolicyVersion> versionsOfProvisions(ReferenceRepository refs) {
        Map<Long, PolicyVersion> versions = new HashMap<>();
        refs.policyVersions().forEach(p -> versions.put(p.id(), p));
        Map<Long, PolicyVersion> out = new HashMap<>();
        for (Provision p : refs.provisions()) {
            out.put(p.id(), versions.get(p.policyVersionId()));
        }
        return out;
    }
}
