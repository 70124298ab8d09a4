package org.amparo.store.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Chooses how a vault shuts down. {@code SHUTDOWN COMPACT} rewrites the whole file (seconds on a large vault),
 * so it is used only when the file holds much dead space or grew a lot in this session (bulk work); otherwise
 * a plain {@code SHUTDOWN}, which still compacts for a short, bounded time.
 */
final class CloseCompaction {
    /** Dead space (bytes in chunks no longer live) above which a full compaction pays off. */
    static final long DEAD_BYTES = 16L << 20;
    /** Growth during the session above which a full compaction pays off (a bulk insert, a demo fill). */
    static final long GROWTH_BYTES = 32L << 20;

    private CloseCompaction() {
    }

    static String shutdownCommand(Connection c, Path database, long sizeAtOpen) {
        long chunksFillRate = setting(c, "info.CHUNKS_FILL_RATE");
        boolean compact = decide(fileSize(database), chunksFillRate < 0 ? 100 : chunksFillRate, sizeAtOpen);
        return compact ? "SHUTDOWN COMPACT" : "SHUTDOWN";
    }

    /** The rule on its own: file size now, percent of chunk space still live, size when opened. */
    static boolean decide(long fileSize, long chunksFillRatePercent, long sizeAtOpen) {
        long dead = fileSize / 100 * (100 - Math.max(0, Math.min(100, chunksFillRatePercent)));
        boolean mostlyDead = chunksFillRatePercent < 50 && dead > DEAD_BYTES;
        boolean grewALot = sizeAtOpen >= 0 && fileSize - sizeAtOpen > GROWTH_BYTES;
        return mostlyDead || grewALot;
    }

    static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long setting(Connection c, String name) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                     + name + "'")) {
            return rs.next() ? Long.parseLong(rs.getString(1).trim()) : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }
}
