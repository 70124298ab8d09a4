package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.AGENCY;
import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.PROVISION;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseListRow;
import org.amparo.domain.CasePage;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.DatePrecision;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** The case list query: every filter, the sort and the page are done by H2, never in memory. */
final class CaseListQuery {
    private CaseListQuery() {
    }

    static CasePage run(DSLContext dsl, CaseQuery q) {
        List<Condition> where = conditions(dsl, q);
        int total = dsl.fetchCount(CASE_FILE, where);
        List<CaseListRow> rows = dsl.select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.INCIDENT_EARLIEST,
                        CASE_FILE.INCIDENT_PRECISION, CASE_FILE.TITLE, CASE_FILE.LIST_PEOPLE, CASE_FILE.LIST_AGENCY,
                        CASE_FILE.LIST_TOPIC, CASE_FILE.STATUS)
                .from(CASE_FILE).where(where).orderBy(order(q))
                .limit(Math.max(0, q.limit())).offset(Math.max(0, q.offset()))
                .fetch(r -> new CaseListRow(r.value1(), r.value2(),
                        r.value3() == null ? null : ApproximateDate.of(r.value3(), DatePrecision.valueOf(r.value4())),
                        r.value5(), r.value6(), r.value7(), r.value8(), CaseStatus.valueOf(r.value9())));
        return new CasePage(rows, total);
    }

    static List<Condition> conditions(DSLContext dsl, CaseQuery q) {
        List<Condition> where = new ArrayList<>();
        where.add(q.trash() ? CASE_FILE.DELETED_AT.isNotNull() : CASE_FILE.DELETED_AT.isNull());
        if (notBlank(q.text())) {
            where.add(CASE_FILE.SEARCH_TEXT.like(SearchText.containsPattern(q.text()), '\\'));
        }
        if (notBlank(q.agency())) {
            List<Long> ids = agencyIds(dsl, q.agency().trim());
            where.add(CASE_FILE.ID.in(DSL.select(VIOLATION.CASE_ID).from(VIOLATION).where(VIOLATION.AGENCY_ID.in(ids))));
        }
        if (q.status() != null) {
            where.add(CASE_FILE.STATUS.eq(q.status().name()));
        }
        if (notBlank(q.topic())) {
            where.add(CASE_FILE.ID.in(DSL.select(VIOLATION.CASE_ID).from(VIOLATION).where(VIOLATION.PROVISION_ID
                    .in(DSL.select(PROVISION.ID).from(PROVISION).where(PROVISION.TOPIC.eq(q.topic().trim()))))));
        }
        if (q.from() != null) {
            where.add(CASE_FILE.INCIDENT_LATEST.ge(q.from()));
        }
        if (q.to() != null) {
            where.add(CASE_FILE.INCIDENT_EARLIEST.le(q.to()));
        }
        return where;
    }

    /** Agencies named exactly (ignoring case), or else those whose name contains the text. */
    private static List<Long> agencyIds(DSLContext dsl, String name) {
        List<Long> exact = dsl.select(AGENCY.ID).from(AGENCY).where(DSL.lower(AGENCY.NAME).eq(name.toLowerCase()))
                .fetch(AGENCY.ID);
        if (!exact.isEmpty()) {
            return exact;
        }
        return dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.NAME.containsIgnoreCase(name)).fetch(AGENCY.ID);
    }

    private static List<SortField<?>> order(CaseQuery q) {
        Field<?> f = switch (q.sort() == null ? CaseQuery.SortField.INCIDENT_DATE : q.sort()) {
            case REFERENCE -> CASE_FILE.REFERENCE;
            case INCIDENT_DATE -> CASE_FILE.INCIDENT_EARLIEST;
            case TITLE -> CASE_FILE.TITLE;
            case PEOPLE -> CASE_FILE.LIST_PEOPLE;
            case AGENCY -> CASE_FILE.LIST_AGENCY;
            case TOPIC -> CASE_FILE.LIST_TOPIC;
            case STATUS -> CASE_FILE.STATUS;
        };
        List<SortField<?>> order = new ArrayList<>();
        order.add(q.descending() ? f.desc().nullsLast() : f.asc().nullsLast());
        order.add(q.descending() ? CASE_FILE.ID.desc() : CASE_FILE.ID.asc());
        return order;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
