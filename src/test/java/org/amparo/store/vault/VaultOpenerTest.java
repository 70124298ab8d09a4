package org.amparo.store.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.amparo.store.jooq.Tables;
import org.amparo.store.reference.ShippedReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultOpenerTest {
    @TempDir
    Path dir;

    private final VaultOpener opener = new VaultOpener(new ShippedReferenceData());

    @Test
    void createdVaultReopensWithTheSamePassphraseAndHoldsTheShippedReferenceData() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault v = opener.create(folder, "correct horse".toCharArray(), KdfParameters.MINIMUM)) {
            assertEquals(62, v.dsl().fetchCount(Tables.AGENCY));
        }
        try (Vault v = opener.open(folder, "correct horse".toCharArray())) {
            assertEquals(62, v.dsl().fetchCount(Tables.AGENCY));
            assertEquals(4, v.dsl().fetchCount(Tables.POLICY_VERSION));
            assertEquals(32, v.dsl().fetchCount(Tables.PROVISION));
            assertEquals(6, v.dsl().fetchCount(Tables.COMPLAINT_VENUE));
            assertEquals(9, v.dsl().fetchCount(Tables.AGENCY_ADOPTION));
        }
    }

    @Test
    void wrongPassphraseIsToldApartBeforeTheDatabaseIsTouched() throws Exception {
        Path folder = dir.resolve("vault");
        opener.create(folder, "right".toCharArray(), KdfParameters.MINIMUM).close();
        VaultException e = assertThrows(VaultException.class, () -> opener.open(folder, "wrong".toCharArray()));
        assertEquals(VaultProblem.WRONG_PASSPHRASE, e.problem());
    }

    @Test
    void aVaultOpenedTwiceIsInUse() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault v = opener.create(folder, "pw".toCharArray(), KdfParameters.MINIMUM)) {
            VaultException e = assertThrows(VaultException.class, () -> opener.open(folder, "pw".toCharArray()));
            assertEquals(VaultProblem.IN_USE, e.problem());
            assertTrue(!v.isClosed());
        }
    }
}
