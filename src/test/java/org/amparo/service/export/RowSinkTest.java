package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowSinkTest {
    @Test
    void aRowWiderThanTheNamedColumnsStillGetsItsCellReferences() throws Exception {
        StringWriter out = new StringWriter();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            RowSink sink = new RowSink(out, new CellStyles(wb), null, ExportProgress.NONE, 0, new long[1]);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                cells.add(Cell.count(i)); // the Patterns sheet: a column per year
            }
            sink.row(cells);
        }
        assertTrue(out.toString().contains("<c r=\"CB1\""), "the 80th column is CB");
    }
}
