package org.amparo.store.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.amparo.testing.ChildJvm;
import org.amparo.testing.LeakWriterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a child JVM (with its own temp folder) saves cases naming known people, searches them, hits an SQL
 * error and makes a backup, no file in the vault folder (backups included) or in the temp folder holds a
 * name in UTF-8, UTF-16LE or UTF-16BE, and H2 left no {@code .trace.db}.
 */
class PlaintextLeakTest {
    private static final List<String> NAMES = List.of("Mónica Pérez Ibáñez", "José Hernández", "Zuleika Quiñónez");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    @TempDir
    Path dir;

    @Test
    void noNameIsReadableOutsideTheEncryptedDatabase() throws Exception {
        Path vault = dir.resolve("vault");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> args = new ArrayList<>(List.of(vault.toString()));
        args.addAll(NAMES);
        Process child = ChildJvm.start(LeakWriterMain.class, List.of("-Xmx256m", "-Djava.io.tmpdir=" + tmp),
                args.toArray(String[]::new));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), out);
        assertEquals("done", out.strip());

        List<Path> files = filesUnder(vault);
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".amparo-backup")),
                "the backup is among the files: " + files);
        files.addAll(filesUnder(tmp));
        assertEquals(List.of(), files.stream().filter(f -> f.toString().endsWith(".trace.db")).toList());
        for (Path f : files) {
            assertEquals(List.of(), namesIn(Files.readAllBytes(f)), "names readable in " + f);
        }
    }

    @Test
    void theScanFindsANameInEachEncoding() {
        for (Charset cs : ENCODINGS) {
            byte[] bytes = ("notes: " + NAMES.get(0) + " and more").getBytes(cs);
            assertTrue(namesIn(bytes).contains(NAMES.get(0) + " in " + cs.name()), cs.name());
            assertEquals(List.of(), namesIn(("notes: " + NAMES.get(1).replace('é', 'e')).getBytes(cs)));
        }
    }

    /** Every name found in {@code content}, with the encoding it was found in. */
    static List<String> namesIn(byte[] content) {
        List<String> found = new ArrayList<>();
        for (String name : NAMES) {
            for (Charset cs : ENCODINGS) {
                if (indexOf(content, name.getBytes(cs)) >= 0) {
                    found.add(name + " in " + cs.name());
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
