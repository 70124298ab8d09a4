package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.CASE_PARTY;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.amparo.store.jooq.Tables.PROVISION;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.PartyRole;
import org.amparo.store.vault.Vault;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads the case register for exports: the cases matching the case list's filters (the same conditions,
 * trash excluded) in incident-date order, streamed a batch at a time, so however many cases there are only one
 * batch is ever in memory; their violations; and the pattern counts, grouped by H2.
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

    /** Every matching case in incident-date order (cases without a date first); with {@code withParties}, each with its people (for redaction). */
    public void forEachCase(CaseQuery q, boolean withParties, Consumer<RegisterCase> each) {
        DSLContext dsl = vault.dsl();
        forEachPage(q, page -> {
            Map<Long, List<CaseParty>> parties = withParties ? parties(dsl, page) : Map.of();
            for (Record r : page) {
                long id = r.get(CASE_FILE.ID);
                each.accept(new RegisterCase(id, r.get(CASE_FILE.REFERENCE), CaseReader.incident(r.into(CASE_FILE)),
                        r.get(CASE_FILE.TITLE), r.get(CASE_FILE.LIST_PEOPLE), r.get(CASE_FILE.LIST_AGENCY),
                        r.get(CASE_FILE.LIST_TOPIC), CaseStatus.valueOf(r.get(CASE_FILE.STATUS)),
                        r.get(CASE_FILE.OUTCOME), r.get(CASE_FILE.SETTLEMENT_AMOUNT),
                        parties.getOrDefault(id, List.of())));
            }
        });
    }

    /** Every violation of the matching cases, case by case in incident-date order, each case's in their order. */
    public void forEachViolation(CaseQuery q, Consumer<RegisterViolation> each) {
        DSLContext dsl = vault.dsl();
        forEachPage(q, page -> {
            Map<Long, List<RegisterViolation>> byCase = new HashMap<>();
            Map<Long, Record> cases = new HashMap<>();
            for (Record r : page) {
                cases.put(r.get(CASE_FILE.ID), r);
            }
            dsl.select(VIOLATION.CASE_ID, VIOLATION.PROVISION_ID, VIOLATION.AGENCY_ID, VIOLATION.OFFICER_ID)
                    .from(VIOLATION).where(VIOLATION.CASE_ID.in(cases.keySet()))
                    .orderBy(VIOLATION.CASE_ID, VIOLATION.POSITION, VIOLATION.ID)
                    .forEach(v -> {
                        Record c = cases.get(v.value1());
                        byCase.computeIfAbsent(v.value1(), k -> new ArrayList<>()).add(new RegisterViolation(
                                c.get(CASE_FILE.REFERENCE), CaseReader.incident(c.into(CASE_FILE)), v.value2(),
                                v.value3(), v.value4()));
                    });
            for (Record r : page) {
                byCase.getOrDefault(r.get(CASE_FILE.ID), List.of()).forEach(each);
            }
        });
    }

    /**
     * The pattern counts of the matching cases, from one lazy pass over their violations (no sort, so H2 streams
     * it); the grouping is done here, in maps as small as the number of groups and case ids per group.
     */
    public RegisterPatterns patterns(CaseQuery q) {
        RegisterPatterns.Tally tally = new RegisterPatterns.Tally();
        try (Cursor<? extends Record> cursor = vault.dsl().select(VIOLATION.CASE_ID, PROVISION.TOPIC,
                        VIOLATION.AGENCY_ID, VIOLATION.OFFICER_ID, CASE_FILE.INCIDENT_EARLIEST)
                .from(VIOLATION).join(CASE_FILE).on(CASE_FILE.ID.eq(VIOLATION.CASE_ID))
                .join(PROVISION).on(PROVISION.ID.eq(VIOLATION.PROVISION_ID)).where(where(q)).fetchLazy()) {
            for (Record r : cursor) {
                tally.add(r.get(VIOLATION.CASE_ID), r.get(PROVISION.TOPIC), r.get(VIOLATION.AGENCY_ID),
                        r.get(VIOLATION.OFFICER_ID), RegisterPatterns.Tally.year(r.get(CASE_FILE.INCIDENT_EARLIEST)));
            }
        }
        return tally.result();
    }

    /**
     * Hands the matching cases over a thousand at a time, read through one lazy cursor in the order of the
     * incident index (H2 streams it without sorting, so nothing is buffered or written to a temporary file).
     * Look-ups for each batch (violations, people) run on other pooled connections while the cursor stays open.
     */
    private void forEachPage(CaseQuery q, Consumer<List<Record>> each) {
        try (Cursor<? extends Record> cursor = vault.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE,
                        CASE_FILE.INCIDENT_EARLIEST, CASE_FILE.INCIDENT_PRECISION, CASE_FILE.TITLE,
                        CASE_FILE.LIST_PEOPLE, CASE_FILE.LIST_AGENCY, CASE_FILE.LIST_TOPIC, CASE_FILE.STATUS,
                        CASE_FILE.OUTCOME, CASE_FILE.SETTLEMENT_AMOUNT)
                .from(CASE_FILE).where(where(q))
                .orderBy(CASE_FILE.DELETED_AT, CASE_FILE.INCIDENT_EARLIEST, CASE_FILE.ID).fetchLazy()) {
            List<Record> page = new ArrayList<>(PAGE);
            for (Record r : cursor) {
                page.add(r);
                if (page.size() == PAGE) {
                    each.accept(page);
                    page = new ArrayList<>(PAGE);
                }
            }
            if (!page.isEmpty()) {
                each.accept(page);
            }
        }
    }

    private static Map<Long, List<CaseParty>> parties(DSLContext dsl, List<Record> page) {
        List<Long> ids = page.stream().map(r -> r.get(CASE_FILE.ID)).toList();
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
