package org.amparo.store.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.testing.SampleCases;
import org.amparo.testing.SwapCrashMain;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passphrase change and a restore, each stopped dead at every step in a child process: afterwards the
 * vault always opens with the old or the new passphrase, passes the integrity check and holds its cases.
 */
class SwapCrashTest {
    private static final List<String> STEPS = List.of("staging", "copied", "reencrypted", "verified", "closed",
            "staged", "committed", "aside:amparo.mv.db", "in:amparo.mv.db", "aside:vault.properties",
            "in:vault.properties", "done", "never");

    @TempDir
    Path dir;

    @Test
    void aPassphraseChangeKilledAtAnyStepLeavesAVaultThatOpensWithTheOldOrTheNewPassphrase() throws Exception {
        Path folder = dir.resolve("v");
        try (Vault v = TestVaults.create(folder)) {
            new CaseRepository(v, Clock.systemUTC()).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
        }
        String current = TestVaults.PASSPHRASE;
        List<String> outcomes = new ArrayList<>();
        for (String step : STEPS) {
            String next = current.equals(TestVaults.PASSPHRASE) ? "otra clave" : TestVaults.PASSPHRASE;
            run("passphrase", folder, step, current, next);
            String opened = openWithEither(folder, current, next);
            outcomes.add(step + "→" + (opened.equals(next) ? "new" : "old"));
            current = opened;
        }
        assertTrue(outcomes.contains("never→new") || outcomes.contains("never→old"), outcomes.toString());
        assertEquals("new", outcomes.get(STEPS.indexOf("committed")).split("→")[1], "committed means the new one wins");
        assertEquals("old", outcomes.get(STEPS.indexOf("verified")).split("→")[1], outcomes.toString());
    }

    @Test
    void aRestoreKilledAtAnyStepLeavesTheOldVaultOrTheRestoredOne() throws Exception {
        Path folder = dir.resolve("v");
        Path backup;
        try (Vault v = TestVaults.create(folder)) {
            Backups backups = new Backups(v, Clock.systemUTC(), "test");
            backup = backups.create(backups.defaultFolder()).file();          // no cases
            new CaseRepository(v, Clock.systemUTC()).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
        }
        for (String step : STEPS.subList(5, STEPS.size())) {
            run("restore", folder, step, TestVaults.PASSPHRASE, backup.toString());
            try (Vault v = TestVaults.open(folder)) {
                assertTrue(new IntegrityCheck(v).run().ok(), step);
                int cases = new CaseRepository(v, Clock.systemUTC()).count();
                assertTrue(cases == 0 || cases == 1, step);
                if (cases == 0) {
                    // put the case back so the next round starts from the same old vault
                    new CaseRepository(v, Clock.systemUTC()).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
                }
            }
        }
    }

    private static String openWithEither(Path folder, String a, String b) throws Exception {
        for (String p : new String[] {a, b}) {
            try (Vault v = TestVaults.opener().open(folder, p.toCharArray())) {
                assertTrue(new IntegrityCheck(v).run().ok());
                assertEquals(1, new CaseRepository(v, Clock.systemUTC()).count());
                return p;
            } catch (VaultException e) {
                if (e.problem() != VaultProblem.WRONG_PASSPHRASE) {
                    throw e;
                }
            }
        }
        throw new AssertionError("the vault opens with neither passphrase");
    }

    private static void run(String mode, Path folder, String step, String a, String b) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                SwapCrashMain.class.getName(), mode, folder.toString(), step, a, b)
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child finished");
    }
}
