package org.amparo.service.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of an exported workbook: its name, its columns, how many data rows it will hold (an estimate is
 * enough: the file states the rows actually written), the text at the left of its printed footer, and what writes
 * its rows. A table sheet gets a bold frozen heading row (written from the columns), an autofilter and that row
 * repeated on every printed page; a free sheet (Summary, Patterns) writes all its rows itself. {@code decoration}
 * adds drawings such as a chart. A sheet {@code inParallel} is written on a thread of its own while the others
 * are (its rows must not depend on theirs); a sheet made {@code later} is planned only once every other sheet is
 * written (the Patterns sheet, from counts gathered while the Violations sheet was).
 */
public record SheetPlan(String name, List<Column> columns, boolean table, long dataRows, SheetRows rows,
                        Consumer<XSSFSheet> decoration, boolean parallel, Supplier<SheetPlan> later) {

    public SheetPlan {
        columns = List.copyOf(columns);
    }

    public static SheetPlan table(String name, List<Column> columns, long dataRows, SheetRows rows) {
        return new SheetPlan(name, columns, true, dataRows, rows, null, false, null);
    }

    public static SheetPlan free(String name, List<Column> columns, SheetRows rows) {
        return new SheetPlan(name, columns, false, 0, rows, null, false, null);
    }

    /** A sheet whose plan is made after the other sheets are written; until then an empty free sheet. */
    public static SheetPlan later(String name, Supplier<SheetPlan> plan) {
        return new SheetPlan(name, List.of(), false, 0, sink -> { }, null, false, plan);
    }

    public SheetPlan decorated(Consumer<XSSFSheet> d) {
        return new SheetPlan(name, columns, table, dataRows, rows, d, parallel, later);
    }

    /** This sheet, written on its own thread beside the others. */
    public SheetPlan inParallel() {
        return new SheetPlan(name, columns, table, dataRows, rows, decoration, true, later);
    }

    /** This sheet as it finally is: the deferred plan made, the data rows those actually written. */
    SheetPlan resolved(long rowsWritten) {
        if (later != null) {
            return later.get();
        }
        return new SheetPlan(name, columns, table, rowsWritten, rows, decoration, parallel, null);
    }
}
