package org.amparo.service.export;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a sheet's rows as worksheet XML ({@code <row>} elements) straight into the workbook file. Text goes in
 * as inline strings (never as a formula; quote-prefixed when it starts like one); dates, money and counts as
 * numbers with their styles. Tells the progress listener every so many rows and stops when it cancels.
 */
public class RowSink {
    /** The most characters a spreadsheet cell holds. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Height of one line of the workbook's 10-point font, in points. */
    static final double LINE_POINTS = 12.75;
    private static final String[] COLUMN_NAMES = new String[64];

    static {
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            COLUMN_NAMES[i] = CellReference.convertNumToColString(i);
        }
    }

    private final Writer out;
    private final CellStyles styles;
    private final ExportProgress progress;
    private final long total;
    private final long[] done;
    private final int[] widths;
    private int rowNumber;

    /** @param widths the columns' widths in characters, to size rows of wrapped text (null: default heights) */
    RowSink(Writer out, CellStyles styles, int[] widths, ExportProgress progress, long total, long[] done) {
        this.out = out;
        this.widths = widths;
        this.styles = styles;
        this.progress = progress;
        this.total = total;
        this.done = done;
    }

    /** The 1-based number of the last row written (0 before any). */
    public int rowNumber() {
        return rowNumber;
    }


    public void row(Cell... cells) throws IOException {
        row(java.util.Arrays.asList(cells));
    }

    public void row(java.util.List<Cell> cells) throws IOException {
        rowNumber++;
        String r = Integer.toString(rowNumber);
        out.write("<row r=\"");
        out.write(r);
        int lines = lines(cells);
        if (lines > 1) {
            out.write("\" customHeight=\"1\" ht=\"");
            out.write(Double.toString(Math.min(409, lines * LINE_POINTS + 3)));
        }
        out.write("\">");
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c == null || c.kind() == CellKind.EMPTY) {
                continue;
            }
            out.write("<c r=\"");
            out.write(i < COLUMN_NAMES.length ? COLUMN_NAMES[i] : CellReference.convertNumToColString(i));
            out.write(r);
            out.write("\" s=\"");
            if (c.text() != null) {
                out.write(Integer.toString(styles.index(c.kind(), Cell.looksLikeFormula(c.text()))));
                out.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                escape(c.text());
                out.write("</t></is></c>");
            } else {
                out.write(Integer.toString(styles.index(c.kind(), false)));
                out.write("\"><v>");
                double n = c.number();
                out.write(n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n));
                out.write("</v></c>");
            }
        }
        out.write("</row>");
        if ((++done[0] & 255) == 0 && !progress.rowsDone(done[0], total)) {
            throw new CancellationException();
        }
    }

    /**
     * How many lines the row's wrapped cells need in their columns, estimated from their length (spreadsheets do
     * not all size rows by themselves, and a row too short hides text).
     */
    private int lines(java.util.List<Cell> cells) {
        if (widths == null) {
            return 1;
        }
        int most = 1;
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            Cell c = cells.get(i);
            if (c != null && c.text() != null && (c.kind() == CellKind.LONG_TEXT
                    || c.kind() == CellKind.HEADING || c.kind() == CellKind.NUMBER_HEADING)) {
                int chars = Math.max(4, widths[i] - 1);
                String t = c.text();
                int n = 0;
                int paragraph = 0;
                for (int k = 0; k <= t.length(); k++) {
                    if (k == t.length() || t.charAt(k) == '\n') {
                        n += Math.max(1, (int) Math.ceil(paragraph * 0.95 / chars));
                        paragraph = 0;
                    } else {
                        paragraph++;
                    }
                }
                most = Math.max(most, n);
            }
        }
        return most;
    }

    /** Escapes XML's special characters and drops the characters XML cannot hold (other control characters). */
    private void escape(String s) throws IOException {
        int n = Math.min(s.length(), MAX_CELL_TEXT);
        int start = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\r' -> "&#13;";
                default -> ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF
                        ? "" : null;
            };
            if (rep != null) {
                out.write(s, start, i - start);
                out.write(rep);
                start = i + 1;
            }
        }
        out.write(s, start, n - start);
    }
}
