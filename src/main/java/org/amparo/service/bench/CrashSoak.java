package org.amparo.service.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.amparo.service.demo.DemoVaultFiller;
import org.amparo.service.AppVersion;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultOpener;

/**
 * The crash soak behind {@code bench crash} and the crash test: a child JVM ({@link CrashWriterMain}) edits a vault
 * — new cases, edits, backups — and reports each commit after it returned; the soak kills it with SIGKILL at a random
 * moment, then opens the vault, runs the integrity check and looks for every reported commit. Repeated {@code kills}
 * times on the same vault, so damage would accumulate. The vault uses the minimum key derivation (the soak is about
 * durability, and every round unlocks it twice).
 */
public final class CrashSoak {
    /** What the soak found. {@code unopenable}: rounds after which the vault did not open. */
    public record Figures(int kills, int commitsChecked, int lost, int unopenable, int checkFailures,
                          int backupsChecked, int backupsBad, double seconds) {
        public boolean clean() {
            return lost == 0 && unopenable == 0 && checkFailures == 0 && backupsBad == 0;
        }
    }

    private static final char[] PASSPHRASE = "crash soak passphrase".toCharArray();

    private final Path folder;
    private final long seed;
    private final int maxDelayMillis;

    /** @param maxDelayMillis the child is killed a random time up to this after its first few commits */
    public CrashSoak(Path folder, long seed, int maxDelayMillis) {
        this.folder = folder;
        this.seed = seed;
        this.maxDelayMillis = maxDelayMillis;
    }

    public Figures run(int kills) throws IOException, InterruptedException, VaultException {
        long start = System.nanoTime();
        VaultOpener opener = new VaultOpener(new ShippedReferenceData(), () -> KdfParameters.MINIMUM);
        try (Vault v = opener.create(folder, PASSPHRASE)) {
            new DemoVaultFiller(v, Clock.systemUTC()).fill(20, seed, org.amparo.store.cases.BulkCaseWriter.Progress.NONE);
        }
        Random random = new Random(seed);
        Map<String, Long> lastEdit = new HashMap<>();
        List<String> created = new ArrayList<>();
        List<String> backups = new ArrayList<>();
        int unopenable = 0;
        int checkFailures = 0;
        java.util.Set<String> lost = new java.util.TreeSet<>();
        int backupsBad = 0;
        for (int round = 0; round < kills; round++) {
            runAndKill(seed + round, (round + 1) * 1_000_000L, random.nextInt(4), random.nextInt(Math.max(1, maxDelayMillis)), created, lastEdit,
                    backups);
            try (Vault v = opener.open(folder, PASSPHRASE)) {
                if (!new IntegrityCheck(v).run().ok()) {
                    checkFailures++;
                }
                lost.addAll(missing(new CaseRepository(v, Clock.systemUTC()), created, lastEdit));
            } catch (VaultException e) {
                unopenable++;
            }
        }
        int backupsChecked;
        try (Vault v = opener.open(folder, PASSPHRASE)) {
            Backups b = new Backups(v, Clock.systemUTC(), AppVersion.current());
            List<BackupEntry> kept = b.list(b.defaultFolder(), true);
            backupsChecked = kept.size();
            backupsBad = (int) kept.stream().filter(e -> e.status() != BackupEntry.Status.GOOD).count();
        }
        int commits = created.size() + lastEdit.size();
        return new Figures(kills, commits, lost.size(), unopenable, checkFailures, backupsChecked, backupsBad,
                (System.nanoTime() - start) / 1e9);
    }

    /** The commits not found: {@code new REF} for a lost case, {@code edit REF} for a lost edit (each counted once). */
    private static List<String> missing(CaseRepository cases, List<String> created, Map<String, Long> lastEdit) {
        List<String> lost = new ArrayList<>();
        for (String ref : created) {
            if (cases.load(ref).isEmpty()) {
                lost.add("new " + ref);
            }
        }
        for (Map.Entry<String, Long> e : lastEdit.entrySet()) {
            String outcome = cases.load(e.getKey()).map(c -> c.outcome()).orElse(null);
            if (outcome == null || !outcome.startsWith("edit ")
                    || Long.parseLong(outcome.substring(5)) < e.getValue()) {
                lost.add("edit " + e.getKey());
            }
        }
        return lost;
    }

    /**
     * Starts the child and kills it {@code delayMillis} after its {@code commitsFirst}-th reported commit (or after it
     * is ready, for 0): counting commits rather than time makes every round do some work however loaded the machine
     * is, and the random delay lands the kill anywhere in the work that follows, often inside a commit.
     */
    private void runAndKill(long childSeed, long firstStep, int commitsFirst, int delayMillis, List<String> created,
                            Map<String, Long> lastEdit, List<String> backups) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), folder.toString(), Long.toString(childSeed), Long.toString(firstStep))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = child.getOutputStream()) {
            in.write((new String(PASSPHRASE) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        if (!"ready".equals(out.readLine())) {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.toHandle().destroyForcibly();
                throw new IOException("the crash writer did not start (stopped after 30 s)");
            }
            throw new IOException("the crash writer did not start (exit " + child.exitValue() + ")");
        }
        Thread killer = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // SIGKILL through the process handle: Process.destroyForcibly also closes our end of the child's output,
            // which made a readLine in progress fail with "Stream closed" (and lost lines the child had reported)
            child.toHandle().destroyForcibly();
        });
        int commits = 0;
        if (commitsFirst == 0) {
            killer.start();
        }
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            record(line, created, lastEdit, backups);
            if (++commits == commitsFirst) {
                killer.start();
            }
        }
        if (commits < commitsFirst) {
            child.waitFor();
            throw new IOException("the crash writer stopped by itself (exit " + child.exitValue() + ")");
        }
        killer.join();
        child.waitFor();
    }

    private static void record(String line, List<String> created, Map<String, Long> lastEdit, List<String> backups) {
        String[] parts = line.split(" ");
        switch (parts[0]) {
            case "new" -> created.add(parts[1]);
            case "edit" -> lastEdit.merge(parts[1], Long.parseLong(parts[2]), Math::max);
            case "backup" -> backups.add(parts[1]);
            default -> { }
        }
    }
}
