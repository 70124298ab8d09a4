package org.amparo.service.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability under SIGKILL: a child process edits a vault (new cases, edits, backups) and is killed at random
 * moments; after every kill the vault opens, passes the integrity check and holds every commit the child reported.
 * 20 kills here; {@code -Damparo.crash.kills=200} (or {@code amparo bench crash}) for a longer soak. Each run takes a
 * new seed (printed; {@code -Damparo.crash.seed=S} replays one), so runs cover different kill points over time.
 */
class CrashSoakTest {
    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesEveryKill() throws Exception {
        int kills = Integer.getInteger("amparo.crash.kills", 20);
        long seed = Long.getLong("amparo.crash.seed", System.nanoTime());
        CrashSoak.Figures f = new CrashSoak(dir.resolve("vault"), seed, 300).run(kills);
        System.out.println("seed " + seed + " (replay with -Damparo.crash.seed): " + f);
        assertEquals(kills, f.kills());
        assertTrue(f.commitsChecked() >= kills / 2, "the child committed before every kill: " + f);
        assertEquals(0, f.unopenable(), "seed " + seed + ": " + f);
        assertEquals(0, f.checkFailures(), "seed " + seed + ": " + f);
        assertEquals(0, f.lost(), "seed " + seed + ": " + f);
        assertEquals(0, f.backupsBad(), "seed " + seed + ": " + f);
    }
}
