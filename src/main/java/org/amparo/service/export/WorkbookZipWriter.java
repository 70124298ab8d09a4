package org.amparo.service.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes the .xlsx: every part of the POI-made template copied as is, except each sheet, whose empty
 * {@code <sheetData/>} is replaced by the rows streamed from the plan (POI's "BigGridDemo" way). No temporary
 * file is written: rows go from the vault straight into the compressed stream (a sheet planned
 * {@linkplain SheetPlan#inParallel() in parallel} is compressed into memory on its own thread meanwhile).
 * The sheets go first; then, from a template made again if a sheet was planned {@linkplain SheetPlan#later later}
 * or wrote another number of rows than planned, every other part (workbook, styles, charts, the later sheets).
 */
final class WorkbookZipWriter {
    /** Deflate level: the fastest; exported XML still shrinks about 8 to 10 times (see docs/performance.md). */
    static final int DEFLATE_LEVEL = java.util.zip.Deflater.BEST_SPEED;

    /** Makes the workbook's template for these plans. */
    @FunctionalInterface
    interface Templates {
        WorkbookTemplate build(List<SheetPlan> plans) throws IOException;
    }

    private WorkbookZipWriter() {
    }

    static void write(List<SheetPlan> plans, Templates templates, OutputStream target, ExportProgress progress)
            throws IOException {
        WorkbookTemplate first = templates.build(plans);
        long total = 0;
        for (SheetPlan p : plans) {
            total += p.table() && !p.parallel() ? p.dataRows() + 1 : 0;
        }
        long[] done = new long[1];
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new SheetXml.KeepOpen(target));
        zip.setEncoding("UTF-8");
        zip.setUseZip64(Zip64Mode.Never);
        zip.setLevel(DEFLATE_LEVEL);
        AtomicBoolean stop = new AtomicBoolean();
        Map<Integer, SheetAhead> ahead = new HashMap<>();
        try {
            for (int i = 0; i < plans.size(); i++) {
                SheetPlan p = plans.get(i);
                if (p.parallel() && p.later() == null) {
                    ahead.put(i, SheetAhead.start(first.entries().get(i), first.part(first.entries().get(i)), p,
                            first.styles(), stop));
                }
            }
            long[] rows = new long[plans.size()];
            for (int i = 0; i < plans.size(); i++) {
                SheetPlan p = plans.get(i);
                if (p.later() != null) {
                    continue;
                }
                if (ahead.containsKey(i)) {
                    long waitingTotal = total;
                    rows[i] = ahead.get(i).writeInto(zip, () -> progress.rowsDone(done[0], waitingTotal));
                } else {
                    String name = first.entries().get(i);
                    zip.putArchiveEntry(new ZipArchiveEntry(name));
                    rows[i] = SheetXml.write(first.part(name), p, first.styles(), zip, progress, total, done);
                    zip.closeArchiveEntry();
                }
            }
            List<SheetPlan> finalPlans = new ArrayList<>();
            boolean same = true;
            for (int i = 0; i < plans.size(); i++) {
                SheetPlan p = plans.get(i);
                same &= p.later() == null && (!p.table() || rows[i] == p.dataRows());
                finalPlans.add(p.resolved(rows[i]));
            }
            WorkbookTemplate last = same ? first : templates.build(finalPlans);
            rest(last, finalPlans, plans, zip);
        } finally {
            stop.set(true);
            ahead.values().forEach(SheetAhead::awaitEnd);
        }
        long all = Math.max(total, done[0]);
        if (!progress.rowsDone(all, all)) {
            throw new CancellationException(); // cancelled at the last moment: still nothing left on disk
        }
        zip.finish();
    }

    /** Every part of the template but the sheets written already; the later sheets with their rows. */
    private static void rest(WorkbookTemplate last, List<SheetPlan> finalPlans, List<SheetPlan> plans,
                             ZipArchiveOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(last.bytes()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                int sheet = last.entries().indexOf(e.getName());
                if (sheet >= 0 && plans.get(sheet).later() == null) {
                    continue;
                }
                zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                if (sheet < 0) {
                    in.transferTo(zip);
                } else {
                    String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    SheetXml.write(xml, finalPlans.get(sheet), last.styles(), zip, ExportProgress.NONE, 0,
                            new long[1]);
                }
                zip.closeArchiveEntry();
            }
        }
    }
}
