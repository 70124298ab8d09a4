package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportWarmUpTest {
    @Test
    void writesAWholeMadeUpRegisterThroughTheExportsOwnCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWarmUp.run(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, wb.getNumberOfSheets());
            assertEquals(500, wb.getSheetAt(0).getLastRowNum(), "the heading row and 500 rows");
            assertEquals(500, wb.getSheetAt(1).getLastRowNum(), "the sheet written on a thread of its own");
            assertEquals(1, wb.getSheetAt(2).getDrawingPatriarch().getCharts().size(), "the Patterns chart");
        }
    }

    @Test
    void startsOncePerProcessAndItsThreadEnds() throws InterruptedException {
        ExportWarmUp warmUp = new ExportWarmUp(); // the process's own may have run in an earlier test
        Thread first = warmUp.start(Duration.ZERO);
        assertNotNull(first);
        assertNull(warmUp.start(Duration.ZERO), "a second unlock starts nothing more");
        first.join(60_000);
        assertFalse(first.isAlive());
    }
}
