package org.amparo.testing;

import java.nio.file.Path;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultOpener;

/** Real encrypted vaults in a test's temp folder, with the cheapest allowed key derivation. */
public final class TestVaults {
    public static final String PASSPHRASE = "test passphrase ñ";

    private TestVaults() {
    }

    public static VaultOpener opener() {
        return new VaultOpener(new ShippedReferenceData());
    }

    public static Vault create(Path folder) throws VaultException {
        return opener().create(folder, PASSPHRASE.toCharArray(), KdfParameters.MINIMUM);
    }

    public static Vault open(Path folder) throws VaultException {
        return opener().open(folder, PASSPHRASE.toCharArray());
    }
}
