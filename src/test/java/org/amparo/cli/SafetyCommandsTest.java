package org.amparo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.amparo.testing.TestCli;
import org.amparo.testing.TestCli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, backups, restore, passphrase and log from the command line, as a script uses them. */
class SafetyCommandsTest {
    private static final String PASS = "clave de prueba";

    @TempDir
    Path dir;

    @Test
    void backupListRestoreChangePassphraseAndReadTheLog() {
        String vault = dir.resolve("v").toString();
        assertEquals(0, TestCli.run(PASS, null, "init", "--vault", vault).exit());

        Run backup = TestCli.run(PASS, null, "backup", "--vault", vault);
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().contains("verified=yes"));
        String file = backup.out().lines().filter(l -> l.startsWith("backup=")).findFirst().orElseThrow().substring(7);

        Run list = TestCli.run(PASS, null, "backups", "--vault", vault);
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("\t0\tgood\t" + file), list.out());

        Run restore = TestCli.run(PASS, null, "restore", "--vault", vault, "--from", file);
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("kept_aside="));

        Run change = TestCli.run(null, PASS + "\nnueva clave\n", "passphrase", "--vault", vault, "--passphrase-stdin");
        assertEquals(0, change.exit(), change.err());
        assertEquals(2, TestCli.run(PASS, null, "check", "--vault", vault).exit(), "the old passphrase no longer opens it");
        assertEquals(0, TestCli.run("nueva clave", null, "check", "--vault", vault).exit());

        Run log = TestCli.run("nueva clave", null, "log", "--vault", vault);
        assertEquals(0, log.exit());
        assertTrue(log.out().contains("PASSPHRASE_CHANGED"), log.out());
        assertTrue(log.out().contains("RESTORE"), log.out());

        Run oldBackups = TestCli.run("nueva clave", null, "backups", "--vault", vault);
        assertTrue(oldBackups.out().contains("other-passphrase"), oldBackups.out());
    }

    @Test
    void restoringADamagedBackupFailsWithOneLineAndExitOne() throws Exception {
        String vault = dir.resolve("v").toString();
        TestCli.run(PASS, null, "init", "--vault", vault);
        String file = TestCli.run(PASS, null, "backup", "--vault", vault).out().lines()
                .filter(l -> l.startsWith("backup=")).findFirst().orElseThrow().substring(7);
        byte[] bytes = java.nio.file.Files.readAllBytes(Path.of(file));
        bytes[bytes.length / 2] ^= 1;
        java.nio.file.Files.write(Path.of(file), bytes);
        Run r = TestCli.run(PASS, null, "restore", "--vault", vault, "--from", file);
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("damaged"), r.err());
    }
}
