package org.amparo.store.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Certainty;
import org.amparo.domain.DatePrecision;
import org.amparo.domain.PolicyVersion;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdoptionDeletionTest {
    @TempDir
    Path dir;

    private static long agency(ReferenceRepository ref, String name) {
        return ref.agencyByName(name).orElseThrow().id();
    }

    private static long version(ReferenceRepository ref, String key) {
        return ref.policyVersions().stream().filter(v -> v.key().equals(key)).mapToLong(PolicyVersion::id)
                .findFirst().orElseThrow();
    }

    @Test
    void aDeletedShippedAdoptionStaysDeletedWhenTheVaultIsOpenedAgain() throws Exception {
        Path folder = dir.resolve("vault");
        long winooski;
        long enhanced;
        try (Vault v = TestVaults.create(folder)) {
            ReferenceRepository ref = new ReferenceRepository(v);
            winooski = agency(ref, "Winooski Police Department");
            enhanced = version(ref, "VT-ENHANCED");
            assertEquals(9, ref.adoptions().size());
            assertEquals(1, ref.adoptionsOf(winooski).size(), "shipped with the vault");

            assertTrue(ref.deleteAdoption(winooski, enhanced));
            assertEquals(List.of(), ref.adoptionsOf(winooski));
            assertNull(ref.adoptionSource(winooski, enhanced));
            assertEquals(8, ref.adoptions().size(), "the other agencies' adoptions are kept");
            assertFalse(ref.deleteAdoption(winooski, enhanced), "nothing left to delete");
        }
        try (Vault v = TestVaults.open(folder)) {
            ReferenceRepository ref = new ReferenceRepository(v);
            assertEquals(List.of(), ref.adoptionsOf(winooski), "the shipped adoption does not come back");
            assertEquals(8, ref.adoptions().size());
            assertEquals(1, ref.adoptionsOf(agency(ref, "Burlington Police Department")).size());
        }
    }

    @Test
    void anAdoptionTheUserAddedCanBeDeletedAndAddedAgain() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("vault"))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            long franklin = agency(ref, "Franklin County Sheriff's Department");
            long enhanced = version(ref, "VT-ENHANCED");
            AgencyAdoption a = new AgencyAdoption(franklin, enhanced,
                    ApproximateDate.of(java.time.LocalDate.of(2021, 5, 1), DatePrecision.MONTH), null,
                    Certainty.REPORTED);
            ref.saveAdoption(a, "entered by mistake");
            assertEquals(List.of(a), ref.adoptionsOf(franklin));

            assertTrue(ref.deleteAdoption(franklin, enhanced));
            assertEquals(List.of(), ref.adoptionsOf(franklin));

            ref.saveAdoption(a, "entered again");
            assertEquals(List.of(a), ref.adoptionsOf(franklin));
            assertEquals("entered again", ref.adoptionSource(franklin, enhanced));
        }
    }
}
