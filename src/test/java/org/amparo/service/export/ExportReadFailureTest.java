package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amparo.domain.CaseQuery;
import org.amparo.service.Messages;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault that cannot be read is told as such (with what to do), never as a file that cannot be written. */
class ExportReadFailureTest {
    @TempDir
    Path dir;
    private Vault vault;
    private ReferenceRepository reference;
    private CaseRepository cases;
    private String i89;

    @BeforeEach
    void vaultWithACaseWhoseViolationsCannotBeRead() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
        reference = new ReferenceRepository(vault);
        cases = new CaseRepository(vault, Clock.systemUTC());
        i89 = cases.save(SampleCases.i89RoadsideHold(reference)).reference();
        vault.dsl().execute("DROP TABLE VIOLATION CASCADE"); // every read of violations now fails in the database
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void aCaseWorkbookWhoseCaseCannotBeReadSaysToCheckTheVault() {
        Path file = dir.resolve("out/case.xlsx");
        ExportException e = assertThrows(ExportException.class, () -> new CaseWorkbookExport(cases, reference,
                Clock.systemUTC()).write(i89, file, ExportOptions.of(Locale.ENGLISH), null));
        assertSaysTheVaultCannotBeRead(e);
        assertFalse(Files.exists(file));
    }

    @Test
    void aRegisterWhoseRowsCannotBeReadWhileWritingSaysToCheckTheVault() throws Exception {
        Path file = dir.resolve("out/register.xlsx");
        ExportException e = assertThrows(ExportException.class, () -> new RegisterExport(new RegisterReader(vault),
                reference).write(CaseQuery.all(), file, ExportOptions.of(Locale.ENGLISH), null));
        assertSaysTheVaultCannotBeRead(e);
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(0, left.count(), "no file and no partial file");
        }
    }

    @Test
    void aFailedReadHandedOverAsAnIoFailureIsStillAReadFailureAndAFullDiskIsAWriteFailure() throws Exception {
        Path file = dir.resolve("out/sheet.xlsx");
        ExportWords words = new ExportWords(Locale.ENGLISH);
        List<Column> columns = words.columns("cases.col.", "reference", 11);
        ExportException read = assertThrows(ExportException.class, () -> WorkbookFile.write(file,
                List.of(SheetPlan.table("Cases", columns, 1, sink -> {
                    throw new IOException("reading failed", new SQLException("page unreadable"));
                })), "", "", words, ExportOptions.of(Locale.ENGLISH), null));
        assertSaysTheVaultCannotBeRead(read);
        ExportException write = assertThrows(ExportException.class, () -> WorkbookFile.write(file,
                List.of(SheetPlan.table("Cases", columns, 1, sink -> {
                    throw new IOException("No space left on device");
                })), "", "", words, ExportOptions.of(Locale.ENGLISH), null));
        assertEquals("export.cannotWrite", write.key());
        assertFalse(Files.exists(file));
    }

    private static void assertSaysTheVaultCannotBeRead(ExportException e) {
        assertEquals("export.cannotRead", e.key());
        String en = e.message(new Messages(Locale.ENGLISH));
        assertTrue(en.startsWith("Could not read the cases from the vault, so nothing was written."), en);
        assertTrue(en.contains("amparo check") && en.contains("backup"), en);
        String es = e.message(new Messages(new Locale("es")));
        assertTrue(es.startsWith("No se pudieron leer los casos de la bóveda"), es);
        assertTrue(es.contains("Revisar la bóveda") && es.contains("Copias de seguridad"), es);
    }
}
