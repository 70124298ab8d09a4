package org.amparo.service.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one worksheet part: the template's sheet XML with its empty {@code <sheetData/>} replaced by the plan's
 * rows (a table's heading row first), and its autofilter stretched over the rows actually written.
 */
final class SheetXml {
    private static final String EMPTY_DATA = "<sheetData/>";
    private static final Pattern AUTO_FILTER = Pattern.compile("<autoFilter ref=\"A1:([A-Z]+)\\d+\"");

    private SheetXml() {
    }

    /** @return the data rows written (a table's heading row not counted) */
    static long write(String xml, SheetPlan plan, CellStyles styles, OutputStream out, ExportProgress progress,
                      long total, long[] done) throws IOException {
        int at = xml.indexOf(EMPTY_DATA);
        if (at < 0) {
            throw new IOException("template sheet without empty sheetData");
        }
        Writer w = new Utf8Writer(out, 1 << 16);
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
        long rows = sink.rowNumber() - (plan.table() ? 1 : 0);
        w.write("</sheetData>");
        w.write(plan.table() ? autoFilterOver(xml.substring(at + EMPTY_DATA.length()), rows)
                : xml.substring(at + EMPTY_DATA.length()));
        w.flush();
        return rows;
    }

    /** The sheet's closing XML with its autofilter over the heading row and {@code rows} data rows. */
    static String autoFilterOver(String tail, long rows) {
        Matcher m = AUTO_FILTER.matcher(tail);
        return m.find() ? m.replaceFirst("<autoFilter ref=\"A1:$1" + (Math.max(1, rows) + 1) + "\"") : tail;
    }

    /** Lets a writer be flushed without closing the zip entry or the file under it. */
    static final class KeepOpen extends FilterOutputStream {
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
