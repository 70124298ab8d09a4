package org.amparo.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.amparo.domain.CaseReference;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * Ids, case references and pseudonym numbers handed out by a bulk write: each table's ids continue above both
 * its highest row and its identity column's next value; references continue the highest of each year;
 * pseudonyms continue the highest. At the end each identity column is restarted above the highest row, so
 * ordinary saves afterwards never collide with the ids the bulk write used.
 */
final class BulkIds {
    private final Connection connection;
    private final DSLContext dsl;
    private final Map<String, Long> next = new HashMap<>();
    private final Map<Integer, Integer> lastNumberOfYear = new HashMap<>();
    private int nextPseudonym;

    BulkIds(Connection connection, DSLContext dsl) {
        this.connection = connection;
        this.dsl = dsl;
        this.nextPseudonym = CaseRepository.nextPseudonym(dsl);
    }

    /** The next id of a table. */
    long next(Table<?> table) throws SQLException {
        String name = table.getName();
        Long id = next.get(name);
        if (id == null) {
            id = Math.max(maxId(name) + 1, identityBase(name));
        }
        next.put(name, id + 1);
        return id;
    }

    int nextPseudonym() {
        return nextPseudonym++;
    }

    /** The reference a new case opened in that year gets (the first of a year is read from the vault). */
    String nextReference(int year) {
        Integer last = lastNumberOfYear.get(year);
        CaseReference ref = last == null ? CaseRepository.nextReference(dsl, year) : new CaseReference(year, last + 1);
        lastNumberOfYear.put(year, ref.number());
        return ref.toString();
    }

    /** A reference given by the caller (an import): later numbers of its year continue above it. */
    void taken(String reference) {
        if (CaseReference.isValid(reference)) {
            CaseReference ref = CaseReference.parse(reference);
            Integer last = lastNumberOfYear.get(ref.year());
            if (last == null) {
                CaseReference firstFree = CaseRepository.nextReference(dsl, ref.year());
                last = firstFree.number() - 1;
            }
            lastNumberOfYear.put(ref.year(), Math.max(last, ref.number()));
        }
    }

    /**
     * Restarts the identity column of every table this write gave ids in, above its highest row (committed
     * ones: call after commit or rollback). H2 commits DDL itself.
     */
    void restartIdentities() throws SQLException {
        for (String table : next.keySet()) {
            long restart = Math.max(maxId(table) + 1, identityBase(table));
            try (Statement st = connection.createStatement()) {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + restart);
            }
        }
    }

    private long maxId(String table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long identityBase(String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = 'ID'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : 1;
            }
        }
    }
}
