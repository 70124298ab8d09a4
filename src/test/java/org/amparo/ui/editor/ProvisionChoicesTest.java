package org.amparo.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ViolationInForceStatus;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionChoicesTest {
    @TempDir
    static Path dir;
    static Vault vault;
    static ReferenceData ref;
    static long franklin;

    @BeforeAll
    static void shippedReferenceData() throws Exception {
        vault = TestVaults.create(dir.resolve("v"));
        ReferenceRepository repo = new ReferenceRepository(vault);
        ref = ReferenceData.load(repo);
        franklin = repo.agencyByName("Franklin County Sheriff's Department").orElseThrow().id();
    }

    @AfterAll
    static void close() {
        vault.close();
    }

    @Test
    void theProvisionsInForceOnTheIncidentDateComeFirstAndTheRestAreMarkedNotInForce() {
        List<ProvisionChoice> choices = ProvisionChoices.forViolation(ref, franklin,
                ApproximateDate.day(LocalDate.of(2019, 3, 14)));
        assertEquals(ref.provisions().size(), choices.size());
        int inForce = (int) choices.stream().filter(ProvisionChoice::inForce).count();
        assertEquals(6, inForce, "the six topics of the 2018 model");
        for (int i = 0; i < choices.size(); i++) {
            ProvisionChoice c = choices.get(i);
            if (i < inForce) {
                assertEquals("VT-MODEL-2018", c.version().key());
                assertEquals(ViolationInForceStatus.IN_FORCE, c.status());
                assertFalse(c.flagged());
            } else {
                assertFalse(c.inForce(), c.provision().topic() + " of " + c.version().key());
                assertTrue(c.flagged());
            }
        }
        assertEquals(ViolationInForceStatus.NOT_IN_FORCE, choices.get(choices.size() - 1).status());
    }

    @Test
    void anApproximateDateAcrossAPolicyChangeOffersBothVersionsFlagged() {
        List<ProvisionChoice> choices = ProvisionChoices.forViolation(ref, franklin, ApproximateDate.year(2018));
        List<ProvisionChoice> first = choices.stream().filter(ProvisionChoice::inForce).toList();
        Set<String> versions = first.stream().map(c -> c.version().key()).collect(Collectors.toSet());
        assertEquals(Set.of("VT-MODEL-2016", "VT-MODEL-2018"), versions);
        assertTrue(first.stream().allMatch(c -> c.status() == ViolationInForceStatus.POSSIBLY_IN_FORCE));
        assertTrue(first.stream().allMatch(ProvisionChoice::flagged));
        assertEquals(first, choices.subList(0, first.size()), "both candidates are listed before the others");
    }

    @Test
    void withoutAgencyOrIncidentDateNothingIsFlagged() {
        List<ProvisionChoice> noAgency = ProvisionChoices.forViolation(ref, null,
                ApproximateDate.day(LocalDate.of(2019, 3, 14)));
        assertTrue(noAgency.stream().allMatch(c -> c.status() == null && !c.flagged()));
        assertNull(ProvisionChoices.answer(ref, franklin, null));
    }
}
