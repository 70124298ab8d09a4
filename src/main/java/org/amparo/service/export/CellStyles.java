package org.amparo.service.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles every exported workbook uses, made once in the workbook: bold headings, text (one line
 * or wrapped), dates (yyyy-mm-dd), money (dollars) and counts; each text style also quote-prefixed, so text
 * that starts like a formula stays text when a user edits the cell.
 */
final class CellStyles {
    /** Arial: on every system with Excel, and metric-compatible Liberation Sans with LibreOffice. */
    static final String FONT = "Arial";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String MONEY_FORMAT = "\"$\"#,##0.00";

    private final Map<CellKind, Integer> plain = new EnumMap<>(CellKind.class);
    private final Map<CellKind, Integer> quoted = new EnumMap<>(CellKind.class);

    CellStyles(XSSFWorkbook wb) {
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 10);
        XSSFFont bold = wb.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 10);
        bold.setBold(true);
        for (CellKind kind : CellKind.values()) {
            plain.put(kind, (int) style(wb, kind, bold, false).getIndex());
            if (kind == CellKind.TEXT || kind == CellKind.LONG_TEXT || kind == CellKind.HEADING
                    || kind == CellKind.NUMBER_HEADING) {
                quoted.put(kind, (int) style(wb, kind, bold, true).getIndex());
            }
        }
    }

    /** The style index for a cell of that kind, quote-prefixed when its text starts like a formula. */
    int index(CellKind kind, boolean quote) {
        Integer q = quote ? quoted.get(kind) : null;
        return q != null ? q : plain.get(kind);
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, CellKind kind, XSSFFont bold, boolean quote) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setQuotePrefixed(quote);
        switch (kind) {
            case HEADING, NUMBER_HEADING -> {
                s.setAlignment(kind == CellKind.NUMBER_HEADING ? HorizontalAlignment.RIGHT : HorizontalAlignment.GENERAL);
                s.setFont(bold);
                s.setWrapText(true);
                s.setBorderBottom(BorderStyle.THIN);
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case LONG_TEXT -> s.setWrapText(true);
            case DATE -> {
                s.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
                s.setAlignment(HorizontalAlignment.LEFT);
            }
            case MONEY -> s.setDataFormat(wb.createDataFormat().getFormat(MONEY_FORMAT));
            case COUNT -> s.setDataFormat(wb.createDataFormat().getFormat("0"));
            default -> {
                // TEXT and EMPTY: the plain style, top-aligned
            }
        }
        return s;
    }
}
