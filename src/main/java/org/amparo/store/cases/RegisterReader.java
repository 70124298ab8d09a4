package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.CASE_PARTY;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.DatePrecision;
import org.amparo.domain.PartyRole;
import org.amparo.store.vault.Vault;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Reads the case register for exports: the cases matching the case list's filters (the same conditions,
 * trash excluded) in incident-date order, streamed a batch at a time from an index that holds the list columns
 * (migration V5, so no case row is decrypted for them); the same cases' keys from a narrow index; and the
 * violations, read once into memory.
 */
public final class RegisterReader {
    /** Cases handed over per batch. */
    static final int PAGE = 1000;

    private final Vault vault;

    public RegisterReader(Vault vault) {
        this.vault = vault;
    }

    public int countCases(CaseQuery q) {
        return vault.dsl().fetchCount(CASE_FILE, where(q));
    }

    /**
     * Every matching case in incident-date order (cases without a date first), read from the {@code case_register}
     * index alone; with {@code withParties}, each with its people (for redaction), looked up a thousand cases at a
     * time on another pooled connection while the cursor stays open.
     */
    public void forEachCase(CaseQuery q, boolean withParties, Consumer<RegisterCase> each) {
        DSLContext dsl = vault.dsl();
        List<RegisterCase> page = new ArrayList<>(PAGE);
        Consumer<List<RegisterCase>> handOver = cases -> {
            Map<Long, List<CaseParty>> parties = withParties ? parties(dsl, cases) : Map.of();
            for (RegisterCase c : cases) {
                each.accept(withParties ? c.withParties(parties.getOrDefault(c.id(), List.of())) : c);
            }
            cases.clear();
        };
        rows(dsl.select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.INCIDENT_EARLIEST, CASE_FILE.INCIDENT_PRECISION,
                        CASE_FILE.TITLE, CASE_FILE.LIST_PEOPLE, CASE_FILE.LIST_AGENCY, CASE_FILE.LIST_TOPIC,
                        CASE_FILE.STATUS, CASE_FILE.OUTCOME, CASE_FILE.SETTLEMENT_AMOUNT)
                .from(CASE_FILE).where(where(q))
                .orderBy(CASE_FILE.DELETED_AT, CASE_FILE.INCIDENT_EARLIEST, CASE_FILE.ID), rs -> {
                    page.add(new RegisterCase(rs.getLong(1), rs.getString(2),
                            incident(rs.getObject(3, LocalDate.class), rs.getString(4)), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), CaseStatus.valueOf(rs.getString(9)),
                            rs.getString(10), rs.getBigDecimal(11), List.of()));
                    if (page.size() == PAGE) {
                        handOver.accept(page);
                    }
                });
        if (!page.isEmpty()) {
            handOver.accept(page);
        }
    }

    /**
     * Every matching case's id, reference and incident date, in the same order as {@link #forEachCase}, read from
     * the narrow {@code case_incident} index alone (see migration V5).
     */
    public void forEachCaseKey(CaseQuery q, Consumer<RegisterCaseKey> each) {
        // read through plain JDBC: the register reads every case, and jOOQ's records cost more than the reading
        rows(vault.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.INCIDENT_EARLIEST,
                        CASE_FILE.INCIDENT_PRECISION).from(CASE_FILE).where(where(q))
                .orderBy(CASE_FILE.DELETED_AT, CASE_FILE.INCIDENT_EARLIEST, CASE_FILE.ID),
                rs -> each.accept(new RegisterCaseKey(rs.getLong(1), rs.getString(2),
                        incident(rs.getObject(3, LocalDate.class), rs.getString(4)))));
    }

    /**
     * All the vault's violations (provision, agency, officer), read in one pass over the {@code violation_register}
     * index (migration V5; in its order, so H2 sorts nothing and never spills to a temporary file), grouped by case
     * in memory (the order is checked there again, so it holds whatever index H2 uses).
     */
    public RegisterViolations violations() {
        RegisterViolations.Builder all = new RegisterViolations.Builder();
        rows(vault.dsl().select(VIOLATION.CASE_ID, VIOLATION.POSITION, VIOLATION.ID, VIOLATION.PROVISION_ID,
                        VIOLATION.AGENCY_ID, VIOLATION.OFFICER_ID).from(VIOLATION)
                .orderBy(VIOLATION.CASE_ID, VIOLATION.POSITION, VIOLATION.ID),
                rs -> all.add(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))); // getLong gives 0 for no officer, as the builder wants
        return all.sorted();
    }

    /** Told each row of a plain JDBC result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs the query (its SQL and bind values made by jOOQ) on one connection and hands over each row. */
    private void rows(ResultQuery<?> query, RowReader each) {
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        vault.dsl().connection(c -> {
            lazy(c, true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(PAGE);
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.read(rs);
                    }
                }
            } finally {
                lazy(c, false);
            }
        });
    }

    /**
     * H2 hands over the rows as it reads them instead of gathering the whole result first (in memory, or past
     * its limit in a temporary file); the connection goes back to the pool as it was.
     */
    private static void lazy(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    private static ApproximateDate incident(LocalDate earliest, String precision) {
        return earliest == null ? null : ApproximateDate.of(earliest, DatePrecision.valueOf(precision));
    }

    private static Map<Long, List<CaseParty>> parties(DSLContext dsl, List<RegisterCase> page) {
        List<Long> ids = page.stream().map(RegisterCase::id).toList();
        Map<Long, List<CaseParty>> out = new HashMap<>();
        dsl.select().from(CASE_PARTY).join(PERSON).on(PERSON.ID.eq(CASE_PARTY.PERSON_ID))
                .where(CASE_PARTY.CASE_ID.in(ids)).orderBy(CASE_PARTY.CASE_ID, CASE_PARTY.POSITION, CASE_PARTY.ID)
                .forEach(r -> out.computeIfAbsent(r.get(CASE_PARTY.CASE_ID), k -> new ArrayList<>())
                        .add(new CaseParty(PersonRows.person(r.into(PERSON)), PartyRole.valueOf(r.get(CASE_PARTY.ROLE)),
                                r.get(CASE_PARTY.NOTES))));
        return out;
    }

    /** The case list's conditions for these filters, never the trash. */
    private List<Condition> where(CaseQuery q) {
        return CaseListQuery.conditions(vault.dsl(), q.inTrash(false));
    }
}
