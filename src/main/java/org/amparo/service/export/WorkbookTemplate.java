package org.amparo.service.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook without its rows, made by POI: sheets with column widths, frozen heading row, autofilter, print
 * setup (landscape, one page wide, heading row repeated, footer "reference · page x of y · Confidential"),
 * styles and document properties naming Amparo, never the user. Its empty sheets are filled in as the file
 * is written ({@link WorkbookZipWriter}).
 *
 * @param bytes   the template as an .xlsx file (small: no rows)
 * @param entries the zip entry of each sheet, in plan order
 */
record WorkbookTemplate(byte[] bytes, List<String> entries, CellStyles styles) {

    /**
     * @param footerLeft what the printed footer names at its left: the case reference or "Register"
     * @param title      the document title property
     */
    static WorkbookTemplate build(List<SheetPlan> plans, String footerLeft, String title, ExportWords words)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            List<String> entries = new ArrayList<>();
            for (SheetPlan plan : plans) {
                XSSFSheet sheet = wb.createSheet(plan.name());
                layout(sheet, plan);
                printSetup(sheet, plan, footerLeft, words);
                if (plan.decoration() != null) {
                    plan.decoration().accept(sheet);
                }
                entries.add(sheet.getPackagePart().getPartName().getName().substring(1));
            }
            properties(wb, title);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            wb.write(out);
            return new WorkbookTemplate(out.toByteArray(), List.copyOf(entries), styles);
        }
    }

    /** The text of one part of the template (a sheet's XML). */
    String part(String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("template without " + name);
    }

    private static void layout(XSSFSheet sheet, SheetPlan plan) {
        for (int i = 0; i < plan.columns().size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, plan.columns().get(i).width()) * 256);
        }
        if (plan.table() && !plan.columns().isEmpty()) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(1, plan.dataRows()), 0,
                    plan.columns().size() - 1));
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    private static void printSetup(XSSFSheet sheet, SheetPlan plan, String footerLeft, ExportWords words) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(false);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        Footer footer = sheet.getFooter();
        footer.setLeft(footerText(footerLeft) + " · " + footerText(plan.name()));
        footer.setCenter(words.get("footer.page", "&P", "&N"));
        footer.setRight(footerText(words.get("footer.confidential")));
    }

    /** Footer text with its ampersands doubled, so none is read as a footer code. */
    static String footerText(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    private static void properties(XSSFWorkbook wb, String title) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator("Amparo");
        core.setTitle(title);
        core.getUnderlyingProperties().setLastModifiedByProperty("Amparo");
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Amparo");
    }
}
