package org.amparo.store.vault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every row of every table and every entry of every index of an open database. Damage in an H2 file
 * shows only when the damaged page is read, so this is how the opener (after a session that did not close)
 * and the integrity check find it: a damaged page makes H2 throw while reading.
 */
public final class VaultScan {
    /** An index that does not hold one entry per row of its table. */
    public record IndexMismatch(String index, String table, long entries, long rows) {
    }

    /** Rows per table (lower-case table names) and the indexes that disagree with their table. */
    public record Result(Map<String, Long> counts, List<IndexMismatch> mismatches) {
    }

    private VaultScan() {
    }

    public static Result readEverything(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<IndexMismatch> mismatches = new ArrayList<>();
        for (String table : tables(c)) {
            long rows = scan(c, "SELECT * FROM " + quote(table));
            counts.put(table.toLowerCase(), rows);
            for (String[] index : indexes(c, table)) {
                long entries = scan(c, "SELECT " + quote(index[1]) + " FROM " + quote(table) + " USE INDEX ("
                        + quote(index[0]) + ") ORDER BY " + quote(index[1]));
                if (entries != rows) {
                    mismatches.add(new IndexMismatch(index[0], table.toLowerCase(), entries, rows));
                }
            }
        }
        return new Result(counts, mismatches);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                     + "'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String[]> indexes(Connection c, String table) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table.replace("'", "''")
                     + "' AND ORDINAL_POSITION = 1")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    private static long scan(Connection c, String sql) throws SQLException {
        long n = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
