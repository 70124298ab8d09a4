package org.amparo.service.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.amparo.domain.CaseQuery;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.RegisterPatterns;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultSwap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code bench export} measurement: the register export of a whole vault, from the vault to the closed file,
 * and the heap it needed; then, in the same run, the floor — the same two big sheets' XML written straight into a
 * zip at the default deflate level from rows already in memory (no vault, no styles, no template).
 *
 * <p>Both are measured the same way, as benchmarks of a JVM usually are: {@code warmups} untimed rounds first (the
 * first export of the process loads POI's classes; the JIT goes on compiling the reading and writing code for a few
 * rounds more), then {@code runs} timed rounds, of which the median is reported. Each timed export opens the vault
 * again, so H2's page cache is empty and every page is read and decrypted again. The first export's time is
 * reported too ({@link Result#firstSeconds()}), as a desktop user's first export of a session meets it.
 */
public final class RegisterBenchmark {
    /** Opens the vault once more (the benchmark closes it). */
    @FunctionalInterface
    public interface VaultOpening {
        Vault open() throws IOException;
    }

    /**
     * The first export's seconds, the timed exports' and floors' seconds, the peak heap in MiB over all exports,
     * the rows and the file size.
     */
    public record Result(double firstSeconds, List<Double> exports, List<Double> floors, long heapMib, long cases,
                         long violations, long bytes) {
        public Result {
            exports = List.copyOf(exports);
            floors = List.copyOf(floors);
        }

        /** The median of the timed exports. */
        public double exportSeconds() {
            return median(exports);
        }

        /** The median of the timed floors. */
        public double floorSeconds() {
            return median(floors);
        }

        public double ratio() {
            return exportSeconds() / floorSeconds();
        }

        /** The first export of the process against the same floor. */
        public double firstRatio() {
            return firstSeconds / floorSeconds();
        }
    }

    private RegisterBenchmark() {
    }

    /**
     * The first export, {@code warmups - 1} more untimed exports and {@code runs} timed ones (each on the vault opened
     * again), then {@code warmups} untimed and {@code runs} timed floors; everything is written into (and then
     * deleted with) a folder of its own.
     */
    public static Result run(VaultOpening opening, int warmups, int runs) throws IOException, ExportException {
        if (runs < 1 || warmups < 1) {
            throw new IllegalArgumentException("warm-ups and runs must be at least 1");
        }
        Path folder = Files.createTempDirectory("amparo-bench-export");
        try {
            Path file = folder.resolve("register.xlsx");
            long[] heap = new long[1];
            RegisterExport.Summary first = null;
            long bytes = 0;
            double[] seconds = new double[warmups + runs]; // the first export, the other warm-ups, the timed ones
            for (int i = 0; i < seconds.length; i++) {
                try (Vault v = opening.open()) {
                    long start = System.nanoTime();
                    RegisterExport.Summary s = export(v, file, heap);
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                    if (first == null) {
                        first = s;
                        bytes = Files.size(file);
                    }
                }
                Files.delete(file);
            }
            List<Double> exports = new ArrayList<>();
            for (int i = warmups; i < seconds.length; i++) {
                exports.add(seconds[i]);
            }
            List<Double> floors = floors(opening, folder.resolve("floor.zip"), warmups, runs);
            return new Result(seconds[0], exports, floors, heap[0], first.cases(), first.violations(), bytes);
        } finally {
            VaultSwap.deleteTree(folder);
        }
    }

    /** One register export of the whole vault; the peak heap it needed is kept in {@code heap[0]} if larger. */
    private static RegisterExport.Summary export(Vault vault, Path file, long[] heap)
            throws IOException, ExportException {
        System.gc();
        resetPeaks();
        RegisterExport.Summary s = new RegisterExport(new RegisterReader(vault), new ReferenceRepository(vault))
                .write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH), null);
        heap[0] = Math.max(heap[0], peakHeapMib());
        return s;
    }

    /** Reads the rows into memory (vault closed afterwards), writes them {@code warmups} times untimed, then timed. */
    private static List<Double> floors(VaultOpening opening, Path zipFile, int warmups, int runs) throws IOException {
        List<List<Cell>> cases = new ArrayList<>();
        List<List<Cell>> violations = new ArrayList<>();
        try (Vault v = opening.open()) {
            RegisterReader reader = new RegisterReader(v);
            ExportWords words = new ExportWords(Locale.ENGLISH);
            collect(RegisterSheets.cases(reader, CaseQuery.all(), words, false,
                    new AtomicLong()), cases);
            collect(RegisterSheets.violations(reader, CaseQuery.all(), words,
                    TimelineReferences.load(new ReferenceRepository(v)),
                    new RegisterPatterns.Tally()), violations);
        }
        CellStyles styles;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            styles = new CellStyles(wb);
        }
        List<Double> floors = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            double seconds = floor(cases, violations, styles, zipFile);
            Files.delete(zipFile);
            if (i >= warmups) {
                floors.add(seconds);
            }
        }
        return floors;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Times writing both sheets' rows as XML into a zip at the default level. */
    private static double floor(List<List<Cell>> cases, List<List<Cell>> violations, CellStyles styles, Path zipFile)
            throws IOException {
        long start = System.nanoTime();
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (int sheet = 0; sheet < 2; sheet++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (sheet + 1) + ".xml"));
                Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                        + ".org/spreadsheetml/2006/main\"><sheetData>");
                RowSink sink = new RowSink(w, styles, null, ExportProgress.NONE, 0, new long[1]);
                for (List<Cell> row : sheet == 0 ? cases : violations) {
                    sink.row(row);
                }
                w.write("</sheetData></worksheet>");
                w.flush();
                zip.closeEntry();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs a sheet's rows into memory instead of a file. */
    private static void collect(SheetPlan plan, List<List<Cell>> into) throws IOException {
        plan.rows().writeTo(new RowSink(Writer.nullWriter(), null, null, ExportProgress.NONE, 0, new long[1]) {
            @Override
            public void row(List<Cell> cells) {
                into.add(List.copyOf(cells));
            }
        });
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMib() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
