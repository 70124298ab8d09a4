package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.amparo.domain.AuditAction;
import org.amparo.domain.AuditEntry;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestCli;
import org.amparo.testing.TestVaults;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsARedactedPasswordProtectedCaseWorkbookInSpanish() throws Exception {
        Path vault = vaultWithTwoCases();
        Path file = dir.resolve("out/caso.xlsx");
        TestCli.Run run = TestCli.run(TestVaults.PASSPHRASE, "clave del libro\n", "export", "case", "--vault",
                vault.toString(), "--case", "2019-0001", "--out", file.toString(), "--redact", "--password-stdin",
                "--lang", "es");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out(), "nothing about the case on standard output");
        assertTrue(run.err().startsWith("Wrote the workbook of case 2019-0001 to "), run.err());
        assertThrows(EncryptedDocumentException.class, () -> WorkbookFactory.create(file.toFile()));
        try (Workbook wb = WorkbookFactory.create(file.toFile(), "clave del libro", true)) {
            assertEquals("Resumen", wb.getSheetName(0));
            String people = wb.getSheet("Resumen").getRow(4).getCell(1).getStringCellValue();
            assertTrue(people.startsWith("Persona A"), people);
        }
        assertEquals("case workbook; redacted; encrypted; file caso.xlsx", lastExport(vault, "2019-0001"));
    }

    @Test
    void exportsTheRegisterFilteredLikeTheCaseList() throws Exception {
        Path vault = vaultWithTwoCases();
        Path file = dir.resolve("register.xlsx");
        TestCli.Run run = TestCli.run(TestVaults.PASSPHRASE, null, "export", "register", "--vault", vault.toString(),
                "--out", file.toString(), "--agency", "Franklin County Sheriff's Department", "--from", "2019-01-01");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("Wrote the register of 1 cases (2 violations) to "), run.err());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertEquals(1, wb.getSheet("Cases").getLastRowNum());
            assertEquals("2019-0001", wb.getSheet("Cases").getRow(1).getCell(0).getStringCellValue());
        }
        assertEquals("register; not redacted; not encrypted; file register.xlsx", lastExport(vault, null));
    }

    /** The detail of the newest EXPORT entry of the audit trail (of that case, or of the whole vault). */
    private static String lastExport(Path vault, String caseReference) throws Exception {
        try (Vault v = TestVaults.open(vault)) {
            AuditEntry e = new AuditTrail(v, Clock.systemUTC()).list(caseReference, 1, 0).get(0);
            assertEquals(AuditAction.EXPORT, e.action());
            assertEquals(caseReference, e.caseReference());
            return e.detail();
        }
    }

    @Test
    void saysInOneLineWhatIsWrongWithTheExitCodesOfTheOtherCommands() throws Exception {
        Path vault = vaultWithTwoCases();
        Path file = dir.resolve("x.xlsx");
        TestCli.Run missing = TestCli.run(TestVaults.PASSPHRASE, null, "export", "case", "--vault", vault.toString(),
                "--case", "2030-0009", "--out", file.toString());
        assertEquals(CliFailure.FAILED, missing.exit());
        assertEquals("No case with reference 2030-0009.", missing.err().strip());
        TestCli.Run lang = TestCli.run(TestVaults.PASSPHRASE, null, "export", "case", "--vault", vault.toString(),
                "--case", "2019-0001", "--out", file.toString(), "--lang", "fr");
        assertEquals(CliFailure.USAGE, lang.exit());
        assertEquals("Unknown language: fr. Use en or es.", lang.err().strip());
        TestCli.Run date = TestCli.run(TestVaults.PASSPHRASE, null, "export", "register", "--vault", vault.toString(),
                "--out", file.toString(), "--from", "March");
        assertEquals(CliFailure.USAGE, date.exit());
        TestCli.Run noPassword = TestCli.run(TestVaults.PASSPHRASE, "", "export", "case", "--vault", vault.toString(),
                "--case", "2019-0001", "--out", file.toString(), "--password-stdin");
        assertEquals(CliFailure.USAGE, noPassword.exit());
        TestCli.Run nothing = TestCli.run(TestVaults.PASSPHRASE, null, "export");
        assertEquals(CliFailure.USAGE, nothing.exit());
        TestCli.Run unwritable = TestCli.run(TestVaults.PASSPHRASE, null, "export", "case", "--vault",
                vault.toString(), "--case", "2019-0001", "--out", Files.writeString(dir.resolve("f"), "")
                        .resolve("x.xlsx").toString());
        assertEquals(CliFailure.FAILED, unwritable.exit());
        assertTrue(unwritable.err().startsWith("Cannot write "), unwritable.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingPasswordIsToldBeforeTheVaultIsOpened() throws Exception {
        Path vault = vaultWithTwoCases();
        Path file = dir.resolve("x.xlsx");
        String missing = "No password: give it on standard input with --password-stdin, or use --encrypt at a console.";
        // a wrong passphrase would only be found after the key derivation: the password is asked first
        TestCli.Run caseRun = TestCli.run("not the passphrase", "", "export", "case", "--vault", vault.toString(),
                "--case", "2019-0001", "--out", file.toString(), "--password-stdin");
        assertEquals(CliFailure.USAGE, caseRun.exit());
        assertEquals(missing, caseRun.err().strip());
        TestCli.Run registerRun = TestCli.run("not the passphrase", null, "export", "register", "--vault",
                vault.toString(), "--out", file.toString(), "--encrypt");
        assertEquals(CliFailure.USAGE, registerRun.exit());
        assertEquals(missing, registerRun.err().strip());
        TestCli.Run noVault = TestCli.run(TestVaults.PASSPHRASE, null, "export", "register", "--vault",
                dir.resolve("nowhere").toString(), "--out", file.toString(), "--password-stdin");
        assertEquals(missing, noVault.err().strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void aVaultThatCannotBeReadIsToldWithWhatToDo() throws Exception {
        Path vault = vaultWithTwoCases();
        try (Vault v = TestVaults.open(vault)) {
            v.dsl().execute("DROP TABLE VIOLATION CASCADE"); // every read of violations now fails
        }
        Path file = dir.resolve("register.xlsx");
        TestCli.Run run = TestCli.run(TestVaults.PASSPHRASE, null, "export", "register", "--vault", vault.toString(),
                "--out", file.toString());
        assertEquals(CliFailure.FAILED, run.exit());
        assertTrue(run.err().startsWith("Could not read the cases from the vault, so nothing was written. "
                + "Run the vault check"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void thePassphraseAndThePasswordAreTheFirstTwoLinesOfStandardInput() throws Exception {
        Path vault = vaultWithTwoCases();
        Path file = dir.resolve("both.xlsx");
        TestCli.Run run = TestCli.run(null, TestVaults.PASSPHRASE + "\nclave\n", "export", "register", "--vault",
                vault.toString(), "--out", file.toString(), "--passphrase-stdin", "--password-stdin");
        assertEquals(0, run.exit(), run.err());
        try (Workbook wb = WorkbookFactory.create(file.toFile(), "clave", true)) {
            assertEquals("Cases", wb.getSheetName(0));
        }
    }

    private Path vaultWithTwoCases() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault v = TestVaults.create(folder)) {
            CaseRepository cases = new CaseRepository(v, Clock.systemUTC());
            ReferenceRepository ref = new ReferenceRepository(v);
            cases.save(SampleCases.i89RoadsideHold(ref));
            cases.save(SampleCases.farmworkerSettlement(ref));
        }
        return folder;
    }
}
