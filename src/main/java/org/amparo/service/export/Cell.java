package org.amparo.service.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell of an exported sheet: text (always written as a string, never as a formula) or a number (dates as
 * Excel serial days, money, counts). Null values give empty cells.
 */
public record Cell(CellKind kind, String text, double number) {
    private static final Cell EMPTY = new Cell(CellKind.EMPTY, null, 0);

    public static Cell empty() {
        return EMPTY;
    }

    public static Cell text(String s) {
        return s == null || s.isEmpty() ? EMPTY : new Cell(CellKind.TEXT, s, 0);
    }

    public static Cell longText(String s) {
        return s == null || s.isEmpty() ? EMPTY : new Cell(CellKind.LONG_TEXT, s, 0);
    }

    public static Cell heading(String s) {
        return new Cell(CellKind.HEADING, s, 0);
    }

    /** A heading over numbers (a year, a total), aligned right above them. */
    public static Cell numberHeading(String s) {
        return new Cell(CellKind.NUMBER_HEADING, s, 0);
    }

    public static Cell date(LocalDate day) {
        return day == null ? EMPTY : new Cell(CellKind.DATE, null, DateUtil.getExcelDate(day));
    }

    public static Cell money(BigDecimal amount) {
        return amount == null ? EMPTY : new Cell(CellKind.MONEY, null, amount.doubleValue());
    }

    public static Cell count(long n) {
        return new Cell(CellKind.COUNT, null, n);
    }

    public static Cell count(Integer n) {
        return n == null ? EMPTY : count(n.longValue());
    }

    /**
     * True when a spreadsheet would read this text as a formula or a command if a user edited the cell
     * (it starts with =, +, -, @, a tab or a carriage return): such text is written quote-prefixed.
     */
    public static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
