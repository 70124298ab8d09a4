package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.amparo.domain.CaseRecord;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWorkbookExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private CaseWorkbookExport export;
    private String i89;

    @BeforeEach
    void vaultWithTheI89Case() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
        ReferenceRepository ref = new ReferenceRepository(vault);
        CaseRepository cases = new CaseRepository(vault, CLOCK);
        i89 = cases.save(SampleCases.i89RoadsideHold(ref)).reference();
        export = new CaseWorkbookExport(cases, ref, CLOCK);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void writesSummaryViolationsTimelineAndFilingsWithTypedCells() throws Exception {
        Path file = dir.resolve("out/case.xlsx");
        export.write(i89, file, ExportOptions.of(Locale.ENGLISH), null);
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            assertEquals(List.of("Summary", "Violations", "Timeline", "Filings"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            Sheet summary = wb.getSheet("Summary");
            Cell incident = WorkbookFiles.summary(summary, "Incident date");
            assertEquals(CellType.NUMERIC, incident.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(incident));
            assertEquals(LocalDate.of(2019, 3, 14), incident.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(i89, WorkbookFiles.summary(summary, "Reference").getStringCellValue());
            assertTrue(WorkbookFiles.summary(summary, "Person").getStringCellValue()
                    .startsWith("José Ángel Núñez — passenger (detained); born 1988"));

            Sheet violations = wb.getSheet("Violations");
            assertEquals("In force for the agency on the incident date",
                    violations.getRow(0).getCell(10).getStringCellValue());
            assertEquals("Yes", violations.getRow(1).getCell(10).getStringCellValue());
            assertEquals("Deputy Mark Ellison", violations.getRow(1).getCell(7).getStringCellValue());

            Sheet timeline = wb.getSheet("Timeline");
            assertEquals(4, timeline.getLastRowNum());
            Cell approximate = timeline.getRow(4).getCell(0);
            assertEquals("June 2019", approximate.getStringCellValue());
            assertEquals(LocalDate.of(2019, 6, 1), timeline.getRow(4).getCell(1).getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals("14:20", timeline.getRow(1).getCell(2).getStringCellValue());

            Sheet filings = wb.getSheet("Filings");
            Cell deadline = filings.getRow(1).getCell(5);
            assertTrue(DateUtil.isCellDateFormatted(deadline));
            assertEquals(LocalDate.of(2020, 3, 14), deadline.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(0, WorkbookFiles.formulas(wb));
        }
    }

    @Test
    void everySheetHasABoldFrozenFilteredHeadingAndPrintsLandscapeOnePageWideWithAFooter() throws Exception {
        Path file = dir.resolve("case.xlsx");
        export.write(i89, file, ExportOptions.of(Locale.ENGLISH), null);
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), s.getSheetName());
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName());
                assertTrue(s.getPrintSetup().getLandscape());
                assertEquals(1, s.getPrintSetup().getFitWidth());
                assertEquals(0, s.getPrintSetup().getFitHeight());
                assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""));
                assertTrue(s.getFooter().getLeft().startsWith(i89), s.getFooter().getLeft());
                assertEquals("Page &P of &N", s.getFooter().getCenter());
                assertEquals("Confidential", s.getFooter().getRight());
            }
            assertEquals("Amparo", wb.getProperties().getCoreProperties().getCreator());
            String user = System.getProperty("user.name");
            assertFalse(WorkbookFiles.allXml(file).contains(">" + user + "<"), "no user name in the properties");
        }
    }

    @Test
    void headingsAndWordsAreInSpanishWhenAsked() throws Exception {
        Path file = dir.resolve("caso.xlsx");
        export.write(i89, file, ExportOptions.of(new Locale("es")), null);
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            assertEquals("Resumen", wb.getSheetName(0));
            assertEquals("Cronología", wb.getSheetName(2));
            assertEquals("Campo", wb.getSheet("Resumen").getRow(0).getCell(0).getStringCellValue());
            assertEquals("Sí", wb.getSheet("Violaciones").getRow(1).getCell(10).getStringCellValue());
            assertEquals("junio de 2019", wb.getSheet("Cronología").getRow(4).getCell(0).getStringCellValue());
            assertEquals("Página &P de &N", wb.getSheet("Resumen").getFooter().getCenter());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysQuotePrefixedText() throws Exception {
        ReferenceRepository ref = new ReferenceRepository(vault);
        CaseRecord base = SampleCases.i89RoadsideHold(ref);
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2+3", "@SUM(A1)",
                "\tcmd", "\r=1+1");
        CaseRecord c = new CaseRecord(null, null, hostile.get(0), base.status(), base.incidentDate(), hostile.get(1),
                hostile.get(2), base.intakeDate(), hostile.get(3), null, null, List.of(), base.parties(),
                base.violations(), List.of(new org.amparo.domain.TimelineEvent(null, base.incidentDate(), null,
                        org.amparo.domain.EventKind.OTHER, hostile.get(4), hostile.get(5), null, null, null)),
                List.of());
        String ref2 = new CaseRepository(vault, CLOCK).save(c).reference();
        Path file = dir.resolve("hostile.xlsx");
        export.write(ref2, file, ExportOptions.of(Locale.ENGLISH), null);
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            assertEquals(0, WorkbookFiles.formulas(wb));
            Sheet summary = wb.getSheet("Summary");
            List<Cell> cells = List.of(WorkbookFiles.summary(summary, "Title"), WorkbookFiles.summary(summary, "Place"),
                    WorkbookFiles.summary(summary, "Narrative"), WorkbookFiles.summary(summary, "Outcome"),
                    wb.getSheet("Timeline").getRow(1).getCell(4), wb.getSheet("Timeline").getRow(1).getCell(5));
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(hostile.get(i).strip(), cell.getStringCellValue().strip());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), hostile.get(i));
            }
            assertFalse(WorkbookFiles.summary(summary, "Reference").getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void aRedactedWorkbookHoldsNoNameContactOrBirthYearOfThePeople() throws Exception {
        Path file = dir.resolve("redacted.xlsx");
        export.write(i89, file, ExportOptions.of(Locale.ENGLISH).redacted(true), null);
        String xml = WorkbookFiles.allXml(file);
        for (String name : List.of("José", "Jose", "Ángel", "Núñez", "Nunez", "María", "Güemes", "1988")) {
            assertFalse(xml.contains(name), name);
        }
        assertTrue(xml.contains("Person A") && xml.contains("Person B"));
        assertTrue(xml.contains("detained Person A") || xml.contains("Person A was a passenger"), "narrative redacted");
        assertTrue(xml.contains("Deputy Mark Ellison"), "officers keep their names");
    }

    @Test
    void aPersonsContactAndOtherDetailsAreInTheFullWorkbookOnlyAndNotInTheRedactedOne() throws Exception {
        ReferenceRepository ref = new ReferenceRepository(vault);
        CaseRecord base = SampleCases.i89RoadsideHold(ref);
        org.amparo.domain.Person p = new org.amparo.domain.Person(null, "Zoraida Peña", "Zori", "Haitian Creole",
                "802-555-0142, 12 Lake Street", 1979, 0, "Prefers calls after six");
        CaseRecord c = new CaseRecord(null, null, "Call from Swanton", base.status(), base.incidentDate(), null,
                null, base.intakeDate(), null, null, null, List.of(), List.of(new org.amparo.domain.CaseParty(p,
                org.amparo.domain.PartyRole.REPORTER, null)), List.of(), List.of(), List.of());
        String reference = new CaseRepository(vault, CLOCK).save(c).reference();
        Path full = dir.resolve("full.xlsx");
        export.write(reference, full, ExportOptions.of(Locale.ENGLISH), null);
        String fullXml = WorkbookFiles.allXml(full);
        assertTrue(fullXml.contains("802-555-0142, 12 Lake Street") && fullXml.contains("1979"), "shown unredacted");

        Path redacted = dir.resolve("redacted-details.xlsx");
        export.write(reference, redacted, ExportOptions.of(Locale.ENGLISH).redacted(true), null);
        String xml = WorkbookFiles.allXml(redacted);
        for (String detail : List.of("802-555", "Lake Street", "1979", "Zoraida", "Zori", "Haitian", "six")) {
            assertFalse(xml.contains(detail), detail);
        }
        assertTrue(xml.contains("Person "), "the person is shown by pseudonym");
    }

    @Test
    void aPasswordProtectedWorkbookOpensOnlyWithItsPassword() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        export.write(i89, file, ExportOptions.of(Locale.ENGLISH).withPassword("s3cret ñ".toCharArray()), null);
        assertThrows(EncryptedDocumentException.class, () -> WorkbookFactory.create(file.toFile()));
        assertThrows(EncryptedDocumentException.class, () -> WorkbookFactory.create(file.toFile(), "wrong"));
        try (Workbook wb = WorkbookFactory.create(file.toFile(), "s3cret ñ", true)) {
            assertEquals("Summary", wb.getSheetName(0));
            assertEquals(i89, WorkbookFiles.summary(wb.getSheetAt(0), "Reference").getStringCellValue());
        }
        assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Border Patrol"), "no plain text in the encrypted file");
    }

    @Test
    void aFileThatCannotBeWrittenGivesAClearMessageAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path file = notAFolder.resolve("case.xlsx");
        ExportException e = assertThrows(ExportException.class,
                () -> export.write(i89, file, ExportOptions.of(Locale.ENGLISH), null));
        assertTrue(e.message(new org.amparo.service.Messages(Locale.ENGLISH)).startsWith("Cannot write "));
        assertEquals("x", Files.readString(notAFolder));
        ExportException missing = assertThrows(ExportException.class,
                () -> export.write("2030-0001", dir.resolve("none.xlsx"), ExportOptions.of(Locale.ENGLISH), null));
        assertEquals("No case with reference 2030-0001.", missing.message(new org.amparo.service.Messages(Locale.ENGLISH)));
        File[] left = dir.toFile().listFiles((d, n) -> n.endsWith(".xlsx") || n.endsWith(".part"));
        assertEquals(0, left.length);
    }
}
