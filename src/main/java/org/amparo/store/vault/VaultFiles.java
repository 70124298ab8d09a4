package org.amparo.store.vault;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a vault's files live inside its folder. */
public record VaultFiles(Path folder) {
    static final String DB_NAME = "amparo";
    static final String SEAL_NAME = "vault.seal";

    public Path header() {
        return folder.resolve("vault.properties");
    }

    public Path database() {
        return folder.resolve(DB_NAME + ".mv.db");
    }

    public Path lock() {
        return folder.resolve("vault.lock");
    }

    /** Written on a clean close: proves the database file is byte for byte what the last session left. */
    public Path seal() {
        return folder.resolve(SEAL_NAME);
    }

    public Path backups() {
        return folder.resolve("backups");
    }

    /** How H2 may use the database file. Only {@link #CREATE} lets H2 make a new database. */
    enum Access {
        /** A new vault: H2 creates the file. */
        CREATE,
        /** Reading an existing file without writing a byte to it (the check before a real open). */
        READ_ONLY,
        /** Working on an existing file; H2 refuses when it is missing instead of creating an empty one. */
        READ_WRITE
    }

    /** The H2 URL without its passwords: encrypted, every commit durable, no plaintext trace file. */
    String jdbcUrl(Access access) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DB_NAME)
                + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;DB_CLOSE_ON_EXIT=FALSE"
                + ";CACHE_SIZE=" + cacheSizeKb()
                + switch (access) {
                    case CREATE -> "";
                    case READ_ONLY -> ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
                    case READ_WRITE -> ";IFEXISTS=TRUE";
                };
    }

    /**
     * H2's page cache, in KiB: a quarter of the heap, at most 256 MiB. Every page read from the file past the cache
     * is decrypted again (AES in Java); with H2's default 16 MiB, listing a 100,000-case vault spent minutes
     * decrypting the same pages. The cache is an upper bound: it fills only with pages actually read.
     */
    static long cacheSizeKb() {
        long quarterHeapKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
        return Math.max(16 * 1024, Math.min(256 * 1024, quarterHeapKb));
    }

    public boolean exists() {
        return Files.isRegularFile(header());
    }

    /** The per-user data folder of this operating system, where the default vault lives. */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Amparo");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Amparo");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("amparo");
    }
}
