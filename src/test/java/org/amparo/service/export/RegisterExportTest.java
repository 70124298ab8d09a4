package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amparo.domain.CaseListRow;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Provision;
import org.amparo.domain.Violation;
import org.amparo.service.demo.DemoVaultFiller;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.transfer.VaultContent;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static final String MARKER = "Zq" + Long.toHexString(System.nanoTime()) + "marker";

    private Path dir;
    private Vault vault;
    private RegisterExport export;
    private CaseRepository cases;
    private TimelineReferences ref;

    @BeforeAll
    void vaultWithThreeHundredDemoCases(@TempDir Path folder) throws Exception {
        dir = folder;
        vault = TestVaults.create(dir.resolve("vault"));
        new DemoVaultFiller(vault, CLOCK).fill(300, 7, org.amparo.store.cases.BulkCaseWriter.Progress.NONE);
        ReferenceRepository reference = new ReferenceRepository(vault);
        cases = new CaseRepository(vault, CLOCK);
        CaseRecord i89 = SampleCases.i89RoadsideHold(reference);
        cases.save(new CaseRecord(null, null, "Held " + MARKER, i89.status(), i89.incidentDate(), i89.place(),
                i89.narrative(), i89.intakeDate(), null, null, null, List.of(), i89.parties(), i89.violations(),
                i89.events(), i89.filings()));
        ref = TimelineReferences.load(reference);
        export = new RegisterExport(new RegisterReader(vault), reference);
    }

    @AfterAll
    void close() {
        vault.close();
    }

    @Test
    void listsEveryCaseAndViolationWithTypedCells() throws Exception {
        Path file = dir.resolve("register.xlsx");
        RegisterExport.Summary s = export.write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH), null);
        List<CaseRecord> all = allCases();
        long violations = all.stream().mapToLong(c -> c.violations().size()).sum();
        assertEquals(301, s.cases());
        assertEquals(violations, s.violations());
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            assertEquals(List.of("Cases", "Violations", "Patterns"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet sheet = wb.getSheet("Cases");
            assertEquals(301, sheet.getLastRowNum());
            List<String> refs = new ArrayList<>();
            for (int r = 1; r <= 301; r++) {
                Row row = sheet.getRow(r);
                refs.add(row.getCell(0).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(2).getCellType(), "earliest day is a date");
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)));
                assertEquals(CellType.NUMERIC, row.getCell(3).getCellType(), "year is a number");
            }
            assertEquals(all.stream().sorted(java.util.Comparator.comparing((CaseRecord c) -> c.incidentDate().earliest())
                    .thenComparing(CaseRecord::id)).map(CaseRecord::reference).toList(), refs, "in incident-date order");
            assertEquals(violations, wb.getSheet("Violations").getLastRowNum());
            List<String> expectedViolations = new ArrayList<>();
            all.stream().sorted(java.util.Comparator.comparing((CaseRecord c) -> c.incidentDate().earliest())
                    .thenComparing(CaseRecord::id)).forEach(c -> c.violations().forEach(v ->
                    expectedViolations.add(c.reference() + " | " + ref.agencyName(v.agencyId()))));
            List<String> violationRows = new ArrayList<>();
            Sheet vs = wb.getSheet("Violations");
            for (int r = 1; r <= vs.getLastRowNum(); r++) {
                violationRows.add(vs.getRow(r).getCell(0).getStringCellValue() + " | "
                        + vs.getRow(r).getCell(4).getStringCellValue());
            }
            assertEquals(expectedViolations, violationRows, "case by case in incident order, each in its own order");
            assertEquals("A1:K302", ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef());
            assertEquals("A1:J" + (violations + 1), ((XSSFSheet) vs).getCTWorksheet().getAutoFilter().getRef(),
                    "the autofilter covers the rows written");
            assertEquals(0, WorkbookFiles.formulas(wb));
        }
    }

    @Test
    void patternTablesMatchACountOfTheCasesThemselvesAndTheChartShowsThem() throws Exception {
        Path file = dir.resolve("patterns.xlsx");
        export.write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH), null);
        Map<String, Long> expectedTopicAgency = new TreeMap<>();
        Map<String, Long> expectedAgencyYear = new TreeMap<>();
        Map<Long, Set<String>> casesByOfficer = new HashMap<>();
        for (CaseRecord c : allCases()) {
            for (Violation v : c.violations()) {
                Provision p = ref.provisions().get(v.provisionId());
                expectedTopicAgency.merge(p.topic() + " | " + ref.agencyName(v.agencyId()), 1L, Long::sum);
                expectedAgencyYear.merge(ref.agencyName(v.agencyId()) + " | " + c.incidentDate().earliest().getYear(),
                        1L, Long::sum);
                if (v.officerId() != null) {
                    casesByOfficer.computeIfAbsent(v.officerId(), k -> new HashSet<>()).add(c.reference());
                }
            }
        }
        Map<String, Long> expectedOfficers = new TreeMap<>();
        casesByOfficer.forEach((id, refs) -> {
            if (refs.size() >= 2) {
                expectedOfficers.put(ref.officer(id).name() + " | " + ref.agencyName(ref.officer(id).agencyId()),
                        (long) refs.size());
            }
        });
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            XSSFSheet patterns = wb.getSheet("Patterns");
            assertEquals(expectedTopicAgency, table(patterns, "Violations by topic and agency", 1, 0, 2));
            assertEquals(expectedAgencyYear, table(patterns, "Violations by agency and year", 0, 1, 2));
            assertEquals(expectedOfficers, table(patterns, "Officers named in two or more cases", 0, 4, 2));
            assertFalse(expectedOfficers.isEmpty(), "the demo names some officers in several cases");
            XSSFDrawing drawing = patterns.getDrawingPatriarch();
            assertEquals(1, drawing.getCharts().size());
            assertEquals("Violations per year by topic", drawing.getCharts().get(0).getTitleText().getString());
            assertTrue(drawing.getCharts().get(0).getChartSeries().get(0).getSeriesCount() > 3);
        }
    }

    @Test
    void respectsTheCaseListFilters() throws Exception {
        CaseQuery q = CaseQuery.all().withAgency("Franklin").withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31));
        Path file = dir.resolve("franklin.xlsx");
        RegisterExport.Summary s = export.write(q, file, ExportOptions.of(new Locale("es")), null);
        List<String> expected = cases.list(q.sortedBy(CaseQuery.SortField.INCIDENT_DATE, false).page(10_000, 0)).rows()
                .stream().map(CaseListRow::reference).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected.size(), s.cases());
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            assertEquals("Casos", wb.getSheetName(0));
            assertEquals("Patrones", wb.getSheetName(2));
            List<String> refs = WorkbookFiles.column(wb.getSheet("Casos"), 0).stream()
                    .map(org.apache.poi.ss.usermodel.Cell::getStringCellValue).toList();
            assertEquals(expected, refs);
            long expectedViolations = expected.stream().mapToLong(r -> cases.load(r).orElseThrow().violations().size())
                    .sum();
            assertEquals(expectedViolations, s.violations());
            List<String> violationRefs = WorkbookFiles.column(wb.getSheet("Violaciones"), 0).stream()
                    .map(org.apache.poi.ss.usermodel.Cell::getStringCellValue).toList();
            assertEquals(expectedViolations, violationRefs.size());
            assertTrue(new HashSet<>(expected).containsAll(violationRefs), "only the filtered cases' violations");
            assertTrue(wb.getSheet("Patrones").getRow(0).getCell(0).getStringCellValue().contains("agencia Franklin"));
        }
    }

    @Test
    void aRedactedRegisterNamesNoPerson() throws Exception {
        Path file = dir.resolve("redacted.xlsx");
        export.write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH).redacted(true), null);
        String xml = WorkbookFiles.allXml(file);
        List<String> names = new ArrayList<>();
        new VaultContent(vault).forEachPerson(p -> names.add(p.name()));
        assertTrue(names.size() > 300);
        for (String name : names) {
            assertFalse(xml.contains(name), name);
        }
        assertTrue(xml.contains("Person A"));
    }

    @Test
    void noTemporaryFileEverHoldsCaseDataAndACancelLeavesNothing() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long start = System.currentTimeMillis() - 2000;
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> seen = new ArrayList<>();
        ExportProgress scan = (done, total) -> {
            seen.addAll(plaintextTempFiles(tmp, start, out));
            return true;
        };
        export.write(CaseQuery.all(), out.resolve("plain.xlsx"), ExportOptions.of(Locale.ENGLISH), scan);
        export.write(CaseQuery.all(), out.resolve("locked.xlsx"),
                ExportOptions.of(Locale.ENGLISH).withPassword("pw".toCharArray()), scan);
        seen.addAll(plaintextTempFiles(tmp, start, out));
        assertEquals(List.of(), seen);

        int[] calls = new int[1];
        ExportException e = assertThrows(ExportException.class, () -> export.write(CaseQuery.all(),
                out.resolve("cancelled.xlsx"), ExportOptions.of(Locale.ENGLISH), (d, t) -> ++calls[0] < 2));
        assertEquals("export.cancelled", e.key());
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("amparo-export")),
                "the export's threads have ended when it returns");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(Set.of("plain.xlsx", "locked.xlsx"),
                    new HashSet<>(left.map(p -> p.getFileName().toString()).toList()));
        }
    }

    /** Files under the temp folder, written since the start and outside the destination folder, that hold case text or sheet XML. */
    private static List<String> plaintextTempFiles(Path tmp, long since, Path destination) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tmp, 4)) {
            files.filter(Files::isRegularFile).filter(p -> !p.startsWith(destination)).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toMillis() >= since && Files.size(p) < 200_000_000) {
                        String name = p.getFileName().toString();
                        if (name.startsWith("poi-sxssf") || name.endsWith(".xml")
                                || new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(MARKER)) {
                            found.add(p.toString());
                        }
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // another program's file, gone or locked: not ours
                }
            });
        } catch (IOException | RuntimeException e) {
            // the temp folder changed while walking it: what was read is checked
        }
        return found;
    }

    private List<CaseRecord> allCases() {
        return cases.references().stream().map(r -> cases.load(r).orElseThrow()).toList();
    }

    /** A pattern table read back: "first | second" of its key columns to its count column. */
    private static Map<String, Long> table(Sheet sheet, String title, int key1, int key2, int count) {
        Map<String, Long> out = new TreeMap<>();
        boolean in = false;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            org.apache.poi.ss.usermodel.Cell first = row == null ? null : row.getCell(0);
            if (first == null) {
                if (in && !out.isEmpty()) {
                    break;
                }
                continue;
            }
            if (first.getCellType() == CellType.STRING && title.equals(first.getStringCellValue())) {
                in = true;
                r++;
                continue;
            }
            if (in) {
                String one = row.getCell(key1).getStringCellValue();
                org.apache.poi.ss.usermodel.Cell k2 = row.getCell(key2);
                String second = k2.getCellType() == CellType.NUMERIC ? Long.toString((long) k2.getNumericCellValue())
                        : k2.getStringCellValue();
                out.put(one + " | " + second, (long) row.getCell(count).getNumericCellValue());
            }
        }
        return out;
    }
}
