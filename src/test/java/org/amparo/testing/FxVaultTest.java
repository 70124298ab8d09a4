package org.amparo.testing;

import java.nio.file.Path;
import org.amparo.store.vault.Vault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the TestFX tests over a vault share: a real encrypted vault ({@code dir/vault}) in a temporary folder for
 * the whole class, opened before the class's own set-up and closed after its own clean-up, and a patient wait for
 * the first window (a shared two-core machine can be slow to show it).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxVaultTest {
    @TempDir
    protected static Path dir;
    protected static Vault vault;

    static {
        System.setProperty("testfx.setup.timeout", "60000");
    }

    @BeforeAll
    static void openTheVault() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
    }

    @AfterAll
    static void closeTheVault() {
        vault.close();
    }
}
