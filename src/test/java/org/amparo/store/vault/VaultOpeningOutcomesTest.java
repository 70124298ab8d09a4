package org.amparo.store.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.amparo.service.Messages;
import org.amparo.service.VaultProblemText;
import org.amparo.service.demo.DemoVaultFiller;
import org.amparo.store.cases.BulkCaseWriter;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.testing.ChildJvm;
import org.amparo.testing.FolderSnapshot;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.testing.VaultHolderMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way opening a vault can go: each failure gives its one problem, and a failed open changes no file in
 * the vault folder (same names, sizes, times and bytes). Damage is tried both on a vault closed cleanly
 * (sealed) and on one whose last session did not close (no seal: the opener reads everything read-only).
 */
class VaultOpeningOutcomesTest {
    private static final int CASES = 301;

    @TempDir
    static Path shared;
    private static Path pristine;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeAVaultWithCases() throws Exception {
        pristine = shared.resolve("pristine");
        try (Vault v = TestVaults.create(pristine)) {
            new CaseRepository(v, Clock.systemUTC()).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            new DemoVaultFiller(v, Clock.systemUTC()).fill(CASES - 1, 7, BulkCaseWriter.Progress.NONE);
        }
    }

    /** A copy of the vault with cases; without its seal it looks like a vault whose last session was killed. */
    private Path copy(boolean sealed) throws IOException {
        Path folder = dir.resolve("vault");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(pristine)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        assertTrue(Files.exists(folder.resolve("vault.seal")), "a clean close seals the database");
        if (!sealed) {
            Files.delete(folder.resolve("vault.seal"));
        }
        return folder;
    }

    private static VaultException failsUnchanged(Path folder, String passphrase) throws IOException {
        Map<String, String> before = FolderSnapshot.of(folder);
        VaultException e = assertThrows(VaultException.class,
                () -> TestVaults.opener().open(folder, passphrase.toCharArray()).close());
        assertEquals(before, FolderSnapshot.of(folder), "a failed open changed a file in the vault folder");
        return e;
    }

    private static VaultException failsUnchanged(Path folder) throws IOException {
        return failsUnchanged(folder, TestVaults.PASSPHRASE);
    }

    @ParameterizedTest(name = "sealed={0}")
    @ValueSource(booleans = {true, false})
    void anUndamagedVaultOpensWithItsCasesAndIsSealedAgainOnClose(boolean sealed) throws Exception {
        Path folder = copy(sealed);
        try (Vault v = TestVaults.open(folder)) {
            assertFalse(Files.exists(folder.resolve("vault.seal")), "the seal goes while the vault may change");
            assertEquals(CASES, new CaseRepository(v, Clock.systemUTC()).count());
            assertTrue(new IntegrityCheck(v).run().ok());
        }
        assertTrue(Files.exists(folder.resolve("vault.seal")));
        try (Vault v = TestVaults.open(folder)) {
            assertEquals(CASES, new CaseRepository(v, Clock.systemUTC()).count());
        }
    }

    @Test
    void aWrongPassphraseIsToldBeforeTheDatabaseIsTouched() throws Exception {
        VaultException e = failsUnchanged(copy(true), "not the passphrase");
        assertEquals(VaultProblem.WRONG_PASSPHRASE, e.problem());
    }

    @Test
    void aVaultOpenInThisProcessIsInUse() throws Exception {
        Path folder = copy(true);
        try (Vault first = TestVaults.open(folder)) {
            VaultException e = failsUnchanged(folder);
            assertEquals(VaultProblem.IN_USE, e.problem());
            assertEquals(CASES, new CaseRepository(first, Clock.systemUTC()).count(), "the first one keeps working");
        }
    }

    @Test
    void aVaultOpenInAnotherProcessIsInUse() throws Exception {
        Path folder = copy(true);
        Process holder = ChildJvm.start(VaultHolderMain.class, List.of("-Xmx256m"), folder.toString(),
                TestVaults.PASSPHRASE);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine(), "the other process opened the vault");
            VaultException e = failsUnchanged(folder);
            assertEquals(VaultProblem.IN_USE, e.problem());
            holder.getOutputStream().close();
            assertEquals("closed", out.readLine());
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        } finally {
            holder.destroyForcibly();
        }
        try (Vault v = TestVaults.open(folder)) {
            assertEquals(CASES, new CaseRepository(v, Clock.systemUTC()).count());
        }
    }

    static Stream<Arguments> cuts() {
        return Stream.of(true, false).flatMap(sealed -> Stream.of(
                Arguments.of(sealed, "half"), Arguments.of(sealed, "6 KB"), Arguments.of(sealed, "20 KB"),
                Arguments.of(sealed, "empty")));
    }

    @ParameterizedTest(name = "sealed={0}, cut to {1}")
    @MethodSource("cuts")
    void aTruncatedDatabaseIsDamagedAndLeftAsItIs(boolean sealed, String cut) throws Exception {
        Path folder = copy(sealed);
        Path db = folder.resolve("amparo.mv.db");
        long size = Files.size(db);
        long to = switch (cut) {
            case "half" -> size / 2;
            case "6 KB" -> 6 * 1024;
            case "20 KB" -> 20 * 1024;
            default -> 0;
        };
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(to);
        }
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.DAMAGED, e.problem());
        assertEquals(db, e.file(), "the message names the damaged file");
    }

    @ParameterizedTest(name = "sealed={0}")
    @ValueSource(booleans = {true, false})
    void flippedBytesInTheMiddleOfTheDatabaseAreDamage(boolean sealed) throws Exception {
        Path folder = copy(sealed);
        Path db = folder.resolve("amparo.mv.db");
        flipBytesInTheMiddle(db);
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.DAMAGED, e.problem());
        assertEquals(db, e.file());
    }

    /**
     * Flips one byte in every 4 KiB block (one AES-XTS unit of H2's encrypted file) from 60% to 95% of the file.
     * In this vault the live pages sit in the second half of the file (the first half is space freed when the
     * close compacted it); the pages H2 reads when it opens a file (file header, newest chunk, schema) lie
     * outside this range, so only reading every table and index notices the damage when the vault is not sealed.
     */
    static void flipBytesInTheMiddle(Path db) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long size = f.length();
            for (long at = size * 60 / 100 / 4096 * 4096 + 2000; at < size * 95 / 100; at += 4096) {
                f.seek(at);
                int b = f.read();
                f.seek(at);
                f.write(b ^ 0x5A);
            }
        }
    }

    @Test
    void aHeaderFromANewerFormatIsANewerVersion() throws Exception {
        Path folder = copy(true);
        Path header = folder.resolve("vault.properties");
        Files.writeString(header, Files.readString(header).replace("format=1", "format=2"));
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.NEWER_VERSION, e.problem());
    }

    @ParameterizedTest(name = "sealed={0}")
    @ValueSource(booleans = {true, false})
    void aSchemaFromANewerAmparoIsANewerVersion(boolean sealed) throws Exception {
        Path folder = dir.resolve("newer");
        try (Vault v = TestVaults.create(folder)) {
            v.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (9999, '9999', 'from a newer Amparo', 'SQL', 'V9999__newer.sql', 1, 'amparo', 1, TRUE)");
        }
        if (!sealed) {
            Files.delete(folder.resolve("vault.seal"));
        }
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.NEWER_VERSION, e.problem());
    }

    @Test
    void aMissingHeaderIsDamageNamingTheHeader() throws Exception {
        Path folder = copy(true);
        Files.delete(folder.resolve("vault.properties"));
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.DAMAGED, e.problem());
        assertEquals(folder.resolve("vault.properties"), e.file());
    }

    @Test
    void aMissingDatabaseIsDamageAndNoEmptyDatabaseIsCreated() throws Exception {
        Path folder = copy(true);
        Files.delete(folder.resolve("amparo.mv.db"));
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.DAMAGED, e.problem());
        assertEquals(folder.resolve("amparo.mv.db"), e.file());
    }

    @Test
    void aFolderWithoutAVaultIsNotFound() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        VaultException e = failsUnchanged(folder);
        assertEquals(VaultProblem.NOT_FOUND, e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void everyProblemIsOneClearLineInTheUsersLanguage(String language) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        Path db = dir.resolve("vault").resolve("amparo.mv.db");
        for (VaultProblem p : VaultProblem.values()) {
            String line = VaultProblemText.of(new VaultException(p, db, new IllegalStateException("inner detail")),
                    messages);
            assertFalse(line.isBlank() || line.contains("\n") || line.contains("inner detail")
                    || line.contains("Exception") || line.contains("vault.problem"), p + ": " + line);
        }
        String damaged = VaultProblemText.of(failsUnchangedDamage(), messages);
        assertTrue(damaged.contains(db.toString()), damaged);
        assertTrue(damaged.contains(language.equals("en") ? "damaged" : "dañado"), damaged);
        assertTrue(damaged.contains(language.equals("en") ? "backup" : "copia de seguridad"), damaged);
        String wrong = VaultProblemText.of(new VaultException(VaultProblem.WRONG_PASSPHRASE, db, null), messages);
        assertTrue(wrong.startsWith(language.equals("en") ? "Wrong passphrase" : "La contraseña"), wrong);
        String inUse = VaultProblemText.of(new VaultException(VaultProblem.IN_USE, db, null), messages);
        assertTrue(inUse.contains(language.equals("en") ? "open in another" : "abierta en otra"), inUse);
        String newer = VaultProblemText.of(new VaultException(VaultProblem.NEWER_VERSION, db, null), messages);
        assertTrue(newer.contains(language.equals("en") ? "newer version" : "más nueva"), newer);
    }

    /** A real damaged-vault outcome (a database cut in half), to word its message. */
    private VaultException failsUnchangedDamage() throws IOException {
        Path folder = copy(true);
        Path db = folder.resolve("amparo.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        return failsUnchanged(folder);
    }
}
