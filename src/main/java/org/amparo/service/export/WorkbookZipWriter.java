package org.amparo.service.export;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the .xlsx: every part of the POI-made template copied as is, except each sheet, whose empty
 * {@code <sheetData/>} is replaced by the rows streamed from the plan (POI's "BigGridDemo" way). No temporary
 * file is written: rows go from the vault straight into the compressed stream.
 */
final class WorkbookZipWriter {
    /** Deflate level: the fastest; exported XML still shrinks about 8 to 10 times (see docs/performance.md). */
    static final int DEFLATE_LEVEL = java.util.zip.Deflater.BEST_SPEED;
    private static final String EMPTY_DATA = "<sheetData/>";

    private WorkbookZipWriter() {
    }

    static void write(WorkbookTemplate template, List<SheetPlan> plans, OutputStream target, ExportProgress progress)
            throws IOException {
        long total = 0;
        for (SheetPlan p : plans) {
            total += p.table() ? p.dataRows() + 1 : 0;
        }
        long[] done = new long[1];
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(target), StandardCharsets.UTF_8);
        zip.setLevel(DEFLATE_LEVEL);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template.bytes()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                int sheet = template.entries().indexOf(e.getName());
                if (sheet < 0) {
                    in.transferTo(zip);
                } else {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    writeSheet(xml, plans.get(sheet), template.styles(), zip, progress, total, done);
                }
                zip.closeEntry();
            }
        }
        if (!progress.rowsDone(total, total)) {
            throw new CancellationException(); // cancelled at the last moment: still nothing left on disk
        }
        zip.finish();
    }

    private static void writeSheet(String xml, SheetPlan plan, CellStyles styles, OutputStream zip,
                                   ExportProgress progress, long total, long[] done) throws IOException {
        int at = xml.indexOf(EMPTY_DATA);
        if (at < 0) {
            throw new IOException("template sheet without empty sheetData");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8), 1 << 16);
        w.write(xml, 0, at);
        w.write("<sheetData>");
        int[] widths = plan.columns().stream().mapToInt(Column::width).toArray();
        RowSink sink = new RowSink(w, styles, widths, progress, total, done);
        if (plan.table()) {
            List<Cell> headings = new ArrayList<>();
            for (Column c : plan.columns()) {
                headings.add(Cell.heading(c.heading()));
            }
            sink.row(headings);
        }
        plan.rows().writeTo(sink);
        w.write("</sheetData>");
        w.write(xml, at + EMPTY_DATA.length(), xml.length() - at - EMPTY_DATA.length());
        w.flush();
    }

    /** Lets a writer be flushed without closing the zip entry or the file under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
