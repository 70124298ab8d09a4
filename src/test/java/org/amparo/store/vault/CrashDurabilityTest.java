package org.amparo.store.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.check.IntegrityReport;
import org.amparo.testing.ChildJvm;
import org.amparo.testing.CrashWriterMain;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every committed save survives SIGKILL: a child JVM saves cases one transaction each and reports each commit;
 * it is killed at a random moment (at least 20 times; {@code -Damparo.crash.kills=N} for more,
 * {@code -Damparo.crash.seed=S} to replay). After each kill the vault opens (through the full read an unclean
 * close calls for), the integrity check passes, and every reported reference is there.
 */
class CrashDurabilityTest {
    private static final Pattern COMMITTED = Pattern.compile("committed (\\S+) end");

    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesAKillAtARandomMoment() throws Exception {
        int kills = Math.max(20, Integer.getInteger("amparo.crash.kills", 20));
        long seed = Long.getLong("amparo.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path folder = dir.resolve("v");
        TestVaults.create(folder).close();
        Set<String> reported = new HashSet<>();
        int rounds = 0;
        for (int round = 0; round < kills; round++) {
            String where = "seed " + seed + ", round " + round;
            reported.addAll(runAndKill(folder, 1 + random.nextInt(5), random.nextInt(300), where));
            assertFalse(Files.exists(folder.resolve("vault.seal")), "killed while open, so not sealed: " + where);
            try (Vault v = TestVaults.open(folder)) {
                IntegrityReport report = new IntegrityCheck(v).run();
                assertTrue(report.ok(), where + ": " + report.problems());
                Set<String> present = new HashSet<>(new CaseRepository(v, Clock.systemUTC()).references());
                for (String reference : reported) {
                    assertTrue(present.contains(reference), where + ": reported commit " + reference + " is lost");
                }
            }
            rounds++;
        }
        assertEquals(kills, rounds);
        assertTrue(reported.size() >= kills, "the children committed " + reported.size() + " cases");
    }

    /**
     * Starts the writer, lets it report {@code commits} commits and write for {@code millis} more (so the kill lands
     * in the middle of a save, or right after one), kills it; returns the commits it reported.
     */
    private static List<String> runAndKill(Path folder, int commits, int millis, String where) throws Exception {
        Process child = ChildJvm.start(CrashWriterMain.class, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                folder.toString(), TestVaults.PASSPHRASE);
        List<String> committed = new CopyOnWriteArrayList<>();
        CountDownLatch open = new CountDownLatch(1 + commits);
        Thread reader = new Thread(() -> readCommits(child, open, committed), "crash-child-output");
        reader.start();
        try {
            assertTrue(open.await(120, TimeUnit.SECONDS), "the child opened the vault and committed: " + where);
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, nothing flushed
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        return committed;
    }

    private static void readCommits(Process child, CountDownLatch open, List<String> committed) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("open")) {
                    open.countDown();
                }
                Matcher m = COMMITTED.matcher(line);
                if (m.matches()) {
                    committed.add(m.group(1));
                    open.countDown();
                }
            }
        } catch (IOException e) {
            // the pipe closed with the kill
        }
    }
}
