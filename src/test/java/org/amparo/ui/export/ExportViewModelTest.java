package org.amparo.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amparo.domain.AuditAction;
import org.amparo.domain.AuditEntry;
import org.amparo.domain.CaseQuery;
import org.amparo.service.export.CaseWorkbookExport;
import org.amparo.service.export.ExportAuditTrail;
import org.amparo.service.export.RegisterExport;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view model over a real vault, without JavaFX: the work runs when the test says so. */
class ExportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private String i89;
    /** Background work waiting to run (run it with {@link #runQueued()}); the UI thread is the test's. */
    private final List<Runnable> queued = new ArrayList<>();
    private ExportServices services;
    private final List<Path> remembered = new ArrayList<>();

    @BeforeEach
    void vaultWithTwoCases() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
        ReferenceRepository ref = new ReferenceRepository(vault);
        CaseRepository cases = new CaseRepository(vault, CLOCK);
        i89 = cases.save(SampleCases.i89RoadsideHold(ref)).reference();
        cases.save(SampleCases.farmworkerSettlement(ref));
        ExportAuditTrail audit = new ExportAuditTrail(new AuditTrail(vault, CLOCK));
        services = new ExportServices(new CaseWorkbookExport(cases, ref, CLOCK, audit),
                new RegisterExport(new RegisterReader(vault), ref, audit), new FxTaskRunner(queued::add, Runnable::run),
                Runnable::run, () -> dir, remembered::add);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void offersTheExportFolderAndTheUiLanguageAndAddsTheXlsxEnding() {
        ExportViewModel vm = ExportViewModel.forCase(services, i89, new Locale("es"));
        assertEquals(dir.resolve("Caso " + i89 + ".xlsx").toString(), vm.target().get());
        assertEquals("es", vm.language().get().getLanguage());
        vm.target().set(dir.resolve("para el abogado").toString());
        assertEquals(dir.resolve("para el abogado.xlsx"), vm.targetPath());
    }

    @Test
    void theOptionsMakeARedactedEncryptedSpanishWorkbookAndTheExportIsAudited() throws Exception {
        ExportViewModel vm = ExportViewModel.forCase(services, i89, Locale.ENGLISH);
        Path file = dir.resolve("i89.xlsx");
        vm.target().set(file.toString());
        vm.redact().set(true);
        vm.protect().set(true);
        vm.password().set("clave del libro");
        vm.passwordAgain().set("clave del libro");
        vm.language().set(new Locale("es"));
        assertTrue(vm.start());
        assertTrue(vm.running().get());
        assertEquals("", vm.password().get(), "the password is not kept in the form");
        assertEquals("", vm.passwordAgain().get());
        runQueued();
        assertFalse(vm.running().get());
        assertTrue(vm.succeeded().get());
        assertEquals("Saved the workbook as i89.xlsx.", vm.message().get());
        assertEquals(List.of(dir.toAbsolutePath()), remembered, "the folder is remembered, not the file");
        assertEquals(1.0, vm.progress().get());
        assertThrows(EncryptedDocumentException.class, () -> WorkbookFactory.create(file.toFile()));
        try (Workbook wb = WorkbookFactory.create(file.toFile(), "clave del libro", true)) {
            assertEquals("Resumen", wb.getSheetName(0));
            String all = text(wb);
            assertTrue(all.contains("Persona A"), all);
            assertFalse(all.contains("Núñez") || all.contains("Güemes"), "no names in a redacted workbook");
        }
        AuditEntry e = new AuditTrail(vault, CLOCK).list(i89, 1, 0).get(0);
        assertEquals(AuditAction.EXPORT, e.action());
        assertEquals("case workbook; redacted; encrypted; file i89.xlsx", e.detail());
    }

    @Test
    void twoDifferentPasswordsAreRefusedAndForgotten() {
        ExportViewModel vm = ExportViewModel.forCase(services, i89, Locale.ENGLISH);
        vm.protect().set(true);
        vm.password().set("one");
        vm.passwordAgain().set("two");
        assertFalse(vm.start());
        assertEquals("The two passwords are not the same. Type them again.", vm.message().get());
        assertEquals("", vm.password().get());
        assertEquals("", vm.passwordAgain().get());
        assertTrue(queued.isEmpty(), "nothing started");
        vm.password().set("");
        assertFalse(vm.start());
        assertEquals("Type a password twice, or untick “Protect with a password”.", vm.message().get());
        ExportViewModel es = ExportViewModel.forCase(services, i89, new Locale("es"));
        es.protect().set(true);
        es.password().set("uno");
        es.passwordAgain().set("dos");
        assertFalse(es.start());
        assertEquals("Las dos contraseñas no coinciden. Escríbalas de nuevo.", es.message().get());
    }

    @Test
    void cancelStopsTheRegisterAndLeavesNoFile() {
        ExportViewModel vm = ExportViewModel.forRegister(services, CaseQuery.all(), Locale.ENGLISH);
        Path file = dir.resolve("register.xlsx");
        vm.target().set(file.toString());
        assertTrue(vm.start());
        vm.cancel();
        assertEquals("Cancelling…", vm.message().get());
        runQueued();
        assertFalse(vm.running().get());
        assertFalse(vm.succeeded().get());
        assertEquals("Export cancelled. Nothing was written.", vm.message().get());
        assertFalse(Files.exists(file));
        assertTrue(remembered.isEmpty());
        assertEquals(0, new AuditTrail(vault, CLOCK).list(null, 50, 0).stream()
                .filter(e -> e.action() == AuditAction.EXPORT).count(), "a cancelled export is not recorded");
    }

    @Test
    void aFailureSaysInOneLineWhatIsWrong() throws Exception {
        ExportViewModel vm = ExportViewModel.forCase(services, i89, Locale.ENGLISH);
        Path notAFolder = Files.writeString(dir.resolve("f"), "");
        vm.target().set(notAFolder.resolve("x.xlsx").toString());
        assertTrue(vm.start());
        runQueued();
        assertFalse(vm.running().get());
        assertFalse(vm.succeeded().get());
        assertTrue(vm.message().get().startsWith("Cannot write "), vm.message().get());
        assertFalse(vm.message().get().contains("\n"));
        vm.target().set("  ");
        assertFalse(vm.start());
        assertEquals("Choose where to save the workbook.", vm.message().get());
    }

    @Test
    void theRegisterOfTheListsFiltersReportsProgressAndItsCount() throws Exception {
        CaseQuery franklin = CaseQuery.all().withAgency("Franklin County Sheriff's Department")
                .withDates(java.time.LocalDate.of(2019, 1, 1), null);
        ExportViewModel vm = ExportViewModel.forRegister(services, franklin, Locale.ENGLISH);
        assertTrue(vm.scope().contains("Franklin County Sheriff's Department"), vm.scope());
        Path file = dir.resolve("register.xlsx");
        vm.target().set(file.toString());
        List<Double> seen = new ArrayList<>();
        vm.progress().addListener((o, a, b) -> seen.add(b.doubleValue()));
        assertTrue(vm.start());
        runQueued();
        assertEquals("Saved the register of 1 cases as register.xlsx.", vm.message().get());
        assertEquals(1.0, seen.get(seen.size() - 1));
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertEquals(1, wb.getSheet("Cases").getLastRowNum());
        }
        AuditEntry e = new AuditTrail(vault, CLOCK).list(null, 1, 0).get(0);
        assertEquals("register; not redacted; not encrypted; file register.xlsx", e.detail());
    }

    @Test
    void progressIsPassedOncePerPercentAndCancelAnswersStop() {
        List<Double> shown = new ArrayList<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressRelay relay = new ProgressRelay(Runnable::run, shown::add, cancelled);
        assertTrue(relay.rowsDone(256, 1000));
        assertTrue(relay.rowsDone(257, 1000));
        assertTrue(relay.rowsDone(512, 1000));
        assertEquals(List.of(0.25, 0.51), shown);
        cancelled.set(true);
        assertFalse(relay.rowsDone(768, 1000));
    }

    private static String text(Workbook wb) {
        DataFormatter f = new DataFormatter();
        StringBuilder all = new StringBuilder();
        for (Sheet s : wb) {
            for (Row r : s) {
                r.forEach(c -> all.append(f.formatCellValue(c)).append('\n'));
            }
        }
        return all.toString();
    }
}
