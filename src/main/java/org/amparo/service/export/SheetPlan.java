package org.amparo.service.export;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of an exported workbook: its name, its columns, how many data rows it will hold, the text at
 * the left of its printed footer, and what writes its rows. A table sheet gets a bold frozen heading row
 * (written from the columns), an autofilter and that row repeated on every printed page; a free sheet
 * (Summary, Patterns) writes all its rows itself. {@code decoration} adds drawings such as a chart.
 */
public record SheetPlan(String name, List<Column> columns, boolean table, long dataRows, SheetRows rows,
                        Consumer<XSSFSheet> decoration) {

    public SheetPlan {
        columns = List.copyOf(columns);
    }

    public static SheetPlan table(String name, List<Column> columns, long dataRows, SheetRows rows) {
        return new SheetPlan(name, columns, true, dataRows, rows, null);
    }

    public static SheetPlan free(String name, List<Column> columns, SheetRows rows) {
        return new SheetPlan(name, columns, false, 0, rows, null);
    }

    public SheetPlan decorated(Consumer<XSSFSheet> d) {
        return new SheetPlan(name, columns, table, dataRows, rows, d);
    }
}
