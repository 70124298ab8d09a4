package org.amparo.store.check;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.TIMELINE_EVENT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.domain.CaseReference;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultScan;
import org.jooq.impl.DSL;

/**
 * Checks a vault: H2 reads every row of every table and every entry of every index (damage in an H2 file
 * only shows when the damaged page is read), the index and table counts must agree, and the model's own
 * rules must hold (references well formed and unique, dates in order, every link pointing somewhere).
 */
public final class IntegrityCheck {
    private static final String[] TABLES = {"AGENCY", "OFFICER", "POLICY_VERSION", "PROVISION", "AGENCY_ADOPTION",
        "COMPLAINT_VENUE", "PERSON", "CASE_FILE", "CASE_PARTY", "VIOLATION", "TIMELINE_EVENT", "FILING", "AUDIT_ENTRY"};

    private final Vault vault;

    public IntegrityCheck(Vault vault) {
        this.vault = vault;
    }

    public IntegrityReport run() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<IntegrityReport.Problem> problems = new ArrayList<>();
        try {
            vault.dsl().connection(c -> readEverything(c, counts, problems));
        } catch (RuntimeException e) {
            problems.add(new IntegrityReport.Problem("unreadable", null,
                    "part of the database file cannot be read: " + firstLine(e)));
            return new IntegrityReport(counts, problems, true);
        }
        checkModel(problems);
        return new IntegrityReport(counts, problems, false);
    }

    private static void readEverything(Connection c, Map<String, Long> counts, List<IntegrityReport.Problem> problems)
            throws SQLException {
        VaultScan.Result scan = VaultScan.readEverything(c);
        for (String table : TABLES) {
            Long rows = scan.counts().get(table.toLowerCase());
            if (rows == null) {
                problems.add(new IntegrityReport.Problem("missing-table", null, "the table " + table.toLowerCase()
                        + " is missing"));
            } else {
                counts.put(table.toLowerCase(), rows);
            }
        }
        for (VaultScan.IndexMismatch m : scan.mismatches()) {
            problems.add(new IntegrityReport.Problem("index-mismatch", null, "index " + m.index() + " has "
                    + m.entries() + " entries for " + m.rows() + " rows of " + m.table()));
        }
    }

    private void checkModel(List<IntegrityReport.Problem> problems) {
        var dsl = vault.dsl();
        for (var r : dsl.select(CASE_FILE.REFERENCE).from(CASE_FILE).fetch()) {
            if (!CaseReference.isValid(r.value1())) {
                problems.add(new IntegrityReport.Problem("bad-reference", r.value1(), "the case reference is not YYYY-NNNN"));
            }
        }
        dsl.select(CASE_FILE.REFERENCE).from(CASE_FILE)
                .where(CASE_FILE.SETTLEMENT_DATE.lt(CASE_FILE.INCIDENT_EARLIEST))
                .forEach(r -> problems.add(new IntegrityReport.Problem("settlement-before-incident", r.value1(),
                        "the settlement date is before the incident")));
        dsl.select(CASE_FILE.REFERENCE).from(CASE_FILE)
                .where(CASE_FILE.INCIDENT_EARLIEST.isNotNull().and(CASE_FILE.INCIDENT_PRECISION.isNull()
                        .or(CASE_FILE.INCIDENT_LATEST.isNull())))
                .forEach(r -> problems.add(new IntegrityReport.Problem("incomplete-date", r.value1(),
                        "the incident date is incomplete")));
        dsl.select(CASE_FILE.REFERENCE).from(CASE_FILE)
                .where(CASE_FILE.INCIDENT_EARLIEST.lt(java.time.LocalDate.of(1900, 1, 1))
                        .or(CASE_FILE.INCIDENT_EARLIEST.gt(java.time.LocalDate.of(2200, 1, 1))))
                .forEach(r -> problems.add(new IntegrityReport.Problem("impossible-date", r.value1(),
                        "the incident date is impossible")));
        dsl.selectDistinct(CASE_FILE.REFERENCE).from(TIMELINE_EVENT).join(CASE_FILE)
                .on(CASE_FILE.ID.eq(TIMELINE_EVENT.CASE_ID))
                .where(TIMELINE_EVENT.VIOLATION_ID.isNotNull().and(DSL.notExists(DSL.selectOne()
                        .from(org.amparo.store.jooq.Tables.VIOLATION)
                        .where(org.amparo.store.jooq.Tables.VIOLATION.ID.eq(TIMELINE_EVENT.VIOLATION_ID)
                                .and(org.amparo.store.jooq.Tables.VIOLATION.CASE_ID.eq(TIMELINE_EVENT.CASE_ID))))))
                .forEach(r -> problems.add(new IntegrityReport.Problem("event-link", r.value1(),
                        "a timeline event points to a violation of another case")));
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
