package org.amparo.testing;

import java.nio.file.Path;
import org.amparo.store.vault.Vault;

/**
 * Child process that opens a vault, prints {@code open}, and keeps it open until its standard input closes:
 * the second process in the "vault open twice" test. Arguments: VAULT PASSPHRASE
 */
public final class VaultHolderMain {
    private VaultHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Vault v = TestVaults.opener().open(Path.of(args[0]), args[1].toCharArray())) {
            System.out.println("open");
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        System.out.println("closed");
    }
}
