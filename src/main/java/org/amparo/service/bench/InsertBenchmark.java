package org.amparo.service.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.amparo.service.demo.DemoVaultFiller;
import org.amparo.store.cases.BulkCaseWriter;
import org.amparo.store.vault.Vault;

/**
 * The insert benchmark: fills a fresh vault with demo cases through the bulk path, then closes it (which
 * compacts the file) and measures what is left on disk.
 */
public final class InsertBenchmark {
    /** What one run measured. */
    public record Figures(int cases, long rows, double insertSeconds, double insertCpuSeconds, double closeSeconds,
                          double vaultMegabytes) {
        public double rowsPerSecond() {
            return insertSeconds <= 0 ? 0 : rows / insertSeconds;
        }
    }

    private InsertBenchmark() {
    }

    /** Inserts {@code cases} demo cases into the open vault, closes it and measures its folder. */
    public static Figures run(Vault vault, Clock clock, int cases, long seed) {
        Path folder = vault.files().folder();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        BulkCaseWriter.Result r = new DemoVaultFiller(vault, clock).fill(cases, seed, BulkCaseWriter.Progress.NONE);
        long inserted = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        vault.close();
        long closed = System.nanoTime();
        return new Figures(r.cases(), r.rows(), (inserted - start) / 1e9, cpu / 1e9, (closed - inserted) / 1e9,
                folderBytes(folder) / (1024.0 * 1024.0));
    }

    /** CPU time of the whole process (all threads: H2, garbage collection, the JIT), or -1 when unknown. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
