package org.amparo.service.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading exported workbooks back in tests: with POI, and as raw XML inside the zip. */
final class WorkbookFiles {
    private WorkbookFiles() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every part of the .xlsx as text (NFC and NFD forms both kept as written). */
    static String allXml(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    /** The cells of a column below the heading row, as POI reads them. */
    static List<Cell> column(Sheet sheet, int col) {
        List<Cell> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(col) != null) {
                out.add(row.getCell(col));
            }
        }
        return out;
    }

    /** The value cell of the Summary row with that label. */
    static Cell summary(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no summary row " + label);
    }

    /** How many formula cells the workbook has (must be none). */
    static int formulas(XSSFWorkbook wb) {
        int n = 0;
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
