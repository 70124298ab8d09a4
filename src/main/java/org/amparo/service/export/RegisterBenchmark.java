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
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.amparo.domain.CaseQuery;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultSwap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code bench export} measurement: the register export of a whole vault, from the vault to the closed file,
 * and the heap it needed; then, in the same run, the floor — the same two big sheets' XML written straight into a
 * zip at the default deflate level from rows already in memory (no vault, no styles, no template).
 */
public final class RegisterBenchmark {
    /** Seconds of the export and of the floor, the peak heap in MiB, the rows and the file size. */
    public record Result(double exportSeconds, double floorSeconds, long heapMib, long cases, long violations,
                         long bytes) {
        public double ratio() {
            return exportSeconds / floorSeconds;
        }
    }

    private RegisterBenchmark() {
    }

    /** Runs both measurements, writing into (and then deleting) a folder of its own. */
    public static Result run(Vault vault) throws IOException, ExportException {
        Path folder = Files.createTempDirectory("amparo-bench-export");
        try {
            RegisterReader reader = new RegisterReader(vault);
            ReferenceRepository reference = new ReferenceRepository(vault);
            Path file = folder.resolve("register.xlsx");
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            RegisterExport.Summary s = new RegisterExport(reader, reference)
                    .write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH), null);
            double exportSeconds = (System.nanoTime() - start) / 1e9;
            long heap = peakHeapMib();
            long bytes = Files.size(file);
            Files.delete(file);
            double floor = floor(reader, TimelineReferences.load(reference), folder.resolve("floor.zip"));
            return new Result(exportSeconds, floor, heap, s.cases(), s.violations(), bytes);
        } finally {
            VaultSwap.deleteTree(folder);
        }
    }

    /** Times one more register export of the whole vault (into a folder of its own, deleted afterwards). */
    public static double exportOnly(Vault vault) throws IOException, ExportException {
        Path folder = Files.createTempDirectory("amparo-bench-export");
        Path file = folder.resolve("register.xlsx");
        try {
            long start = System.nanoTime();
            new RegisterExport(new RegisterReader(vault), new ReferenceRepository(vault))
                    .write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH), null);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            VaultSwap.deleteTree(folder);
        }
    }

    /** Loads both sheets' rows into memory, then times writing their XML into a zip at the default level. */
    private static double floor(RegisterReader reader, TimelineReferences ref, Path zipFile) throws IOException {
        List<List<Cell>> cases = new ArrayList<>();
        List<List<Cell>> violations = new ArrayList<>();
        ExportWords words = new ExportWords(Locale.ENGLISH);
        collect(RegisterSheets.cases(reader, CaseQuery.all(), words, false, new java.util.concurrent.atomic.AtomicLong()),
                cases);
        collect(RegisterSheets.violations(reader, CaseQuery.all(), words, ref,
                new org.amparo.store.cases.RegisterPatterns.Tally()), violations);
        CellStyles styles;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            styles = new CellStyles(wb);
        }
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
