package org.amparo.service.backup;

import java.time.Clock;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.PassphraseChanger;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultSwap;

/**
 * A passphrase change, the same from the command line and the app: the open vault is re-encrypted into a
 * new file, checked (the integrity check), the change recorded in its audit trail, then swapped in — a crash at
 * any moment leaves a vault that opens with the old passphrase or the new one. The vault is closed afterwards;
 * open it again with the new passphrase. Backups made before keep the old passphrase.
 */
public final class PassphraseChange {
    private final Clock clock;
    private final VaultSwap.Steps steps;

    public PassphraseChange(Clock clock) {
        this(clock, VaultSwap.Steps.NONE);
    }

    public PassphraseChange(Clock clock, VaultSwap.Steps steps) {
        this.clock = clock;
        this.steps = steps;
    }

    public void change(Vault vault, char[] newPassphrase, KdfParameters kdf) throws VaultException {
        new PassphraseChanger(steps).change(vault, newPassphrase, kdf,
                copy -> new IntegrityCheck(copy).run().ok(),
                copy -> new AuditTrail(copy, clock).record(AuditAction.PASSPHRASE_CHANGED, null, null));
    }
}
