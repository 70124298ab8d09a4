package org.amparo.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a folder with its size, modification time and SHA-256: to prove an operation changed nothing. */
public final class FolderSnapshot {
    private FolderSnapshot() {
    }

    /** Relative path → "size mtime sha256" for every regular file (and "dir" for every folder) under {@code root}. */
    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(name, "dir");
                } else {
                    out.put(name, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + " " + sha256(p));
                }
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
