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
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

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

    public int countViolations(CaseQuery q) {
        return vault.dsl().fetchCount(DSL.selectOne().from(VIOLATION).join(CASE_FILE)
                .on(CASE_FILE.ID.eq(VIOLATION.CASE_ID)).where(where(q)));
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

    /** Violations by topic and agency, with the number of cases. */
    public List<PatternCount> byTopicAndAgency(CaseQuery q) {
        return counts(q, PROVISION.TOPIC, VIOLATION.AGENCY_ID, null, null);
    }

    /** Violations by agency and incident year. */
    public List<PatternCount> byAgencyAndYear(CaseQuery q) {
        return counts(q, null, VIOLATION.AGENCY_ID, null, DSL.year(CASE_FILE.INCIDENT_EARLIEST));
    }

    /** Violations by incident year and topic. */
    public List<PatternCount> byYearAndTopic(CaseQuery q) {
        return counts(q, PROVISION.TOPIC, null, null, DSL.year(CASE_FILE.INCIDENT_EARLIEST));
    }

    /** Officers named in violations of at least {@code minCases} different cases. */
    public List<PatternCount> officersInCases(CaseQuery q, int minCases) {
        return counts(q, null, null, VIOLATION.OFFICER_ID, null).stream()
                .filter(p -> p.officerId() != null && p.cases() >= minCases).toList();
    }

    private List<PatternCount> counts(CaseQuery q, Field<String> topic, Field<Long> agency, Field<Long> officer,
                                      Field<Integer> year) {
        List<Field<?>> groups = new ArrayList<>();
        for (Field<?> f : new Field<?>[] {topic, agency, officer, year}) {
            if (f != null) {
                groups.add(f);
            }
        }
        Field<Integer> violations = DSL.count();
        Field<Integer> cases = DSL.countDistinct(VIOLATION.CASE_ID);
        List<Field<?>> select = new ArrayList<>(groups);
        select.add(violations);
        select.add(cases);
        return vault.dsl().select(select).from(VIOLATION).join(CASE_FILE).on(CASE_FILE.ID.eq(VIOLATION.CASE_ID))
                .join(PROVISION).on(PROVISION.ID.eq(VIOLATION.PROVISION_ID)).where(where(q))
                .groupBy(groups).orderBy(groups)
                .fetch(r -> new PatternCount(topic == null ? null : r.get(topic), agency == null ? null : r.get(agency),
                        officer == null ? null : r.get(officer), year == null ? null : r.get(year),
                        r.get(violations), r.get(cases)));
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
