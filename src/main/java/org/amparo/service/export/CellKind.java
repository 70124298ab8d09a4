package org.amparo.service.export;

/** How a cell is typed and styled in an exported workbook. */
public enum CellKind {
    /** A short text on one line. */
    TEXT,
    /** A long text (narratives, what happened), wrapped in its column. */
    LONG_TEXT,
    /** A bold column or table heading. */
    HEADING,
    /** A bold heading over a column of numbers, aligned right as they are. */
    NUMBER_HEADING,
    /** A day, as an Excel date with a date format. */
    DATE,
    /** An amount of money, with a currency format. */
    MONEY,
    /** A whole number (counts, years). */
    COUNT,
    /** Nothing in the cell. */
    EMPTY
}
