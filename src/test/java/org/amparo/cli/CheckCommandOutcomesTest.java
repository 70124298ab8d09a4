package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestCli;
import org.amparo.testing.TestCli.Run;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as a script sees it: ok and counts (exit 0), what is wrong (exit 1), a wrong passphrase (exit 2). */
class CheckCommandOutcomesTest {
    private static final String PASS = "clave de prueba";

    @TempDir
    Path dir;
    private Path vault;

    @BeforeEach
    void aVaultWithDemoCases() {
        vault = dir.resolve("v");
        Run demo = TestCli.run(PASS, null, "demo", "--vault", vault.toString(), "--cases", "40", "--seed", "3");
        assertEquals(0, demo.exit(), demo.err());
    }

    @Test
    void aGoodVaultPrintsOkAndTheCounts() {
        Run r = TestCli.run(PASS, null, "check", "--vault", vault.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("ok", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("case_file=40")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("agency=62")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aDamagedDatabaseFailsWithOneClearLineAndExitOne() throws Exception {
        Path db = vault.resolve("amparo.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        Run r = TestCli.run(PASS, null, "check", "--vault", vault.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("damaged") && r.err().contains(db.toString()) && r.err().contains("backup"), r.err());
        assertFalse(r.err().contains("Exception") || r.out().contains("ok"), r.err());
    }

    @Test
    void aBrokenRuleOfTheModelIsNamedWithItsCaseAndExitsOne() throws Exception {
        String reference;
        try (Vault v = TestVaults.opener().open(vault, PASS.toCharArray())) {
            reference = (String) v.dsl().fetchValue("SELECT MIN(REFERENCE) FROM CASE_FILE "
                    + "WHERE INCIDENT_EARLIEST IS NOT NULL");
            v.dsl().execute("UPDATE CASE_FILE SET SETTLEMENT_DATE = DATE '1901-01-01' WHERE REFERENCE = ?", reference);
        }
        Run r = TestCli.run(PASS, null, "check", "--vault", vault.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("problem\tsettlement-before-incident\t" + reference
                + "\tthe settlement date is before the incident")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("case_file=40")), r.out());
    }

    @Test
    void aWrongPassphraseExitsTwo() {
        Run r = TestCli.run("not the passphrase", null, "check", "--vault", vault.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("Wrong passphrase"), r.err());
    }
}
