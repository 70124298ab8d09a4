package org.amparo.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.backup.BackupRestorer;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.PassphraseChanger;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultSwap;

/**
 * Child process for the crash tests: changes a vault's passphrase, or restores a backup, and halts the JVM
 * (like a kill: no shutdown hooks, nothing flushed) when it reaches the named step.
 * Arguments: passphrase|restore VAULT HALT_AT_STEP OLD_PASSPHRASE NEW_PASSPHRASE|BACKUP_FILE
 */
public final class SwapCrashMain {
    private SwapCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[1]);
        String haltAt = args[2];
        VaultSwap.Steps steps = step -> {
            if (step.equals(haltAt)) {
                Runtime.getRuntime().halt(137);
            }
        };
        if (args[0].equals("passphrase")) {
            Vault v = TestVaults.opener().open(vault, args[3].toCharArray());
            new PassphraseChanger(steps).change(v, args[4].toCharArray(), KdfParameters.MINIMUM,
                    copy -> new IntegrityCheck(copy).run().ok(),
                    copy -> new AuditTrail(copy, Clock.systemUTC()).record(AuditAction.PASSPHRASE_CHANGED, null, null));
        } else {
            new BackupRestorer(Clock.systemUTC(), steps).restore(vault, Path.of(args[4]), args[3].toCharArray(), "");
        }
        System.out.println("finished");
    }
}
