package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.CASE_PARTY;
import static org.amparo.store.jooq.Tables.FILING;
import static org.amparo.store.jooq.Tables.OFFICER;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.amparo.store.jooq.Tables.TIMELINE_EVENT;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Filing;
import org.amparo.domain.Officer;
import org.amparo.domain.Person;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The prepared, batched inserts of a bulk write: one JDBC batch per table, filled case by case and sent in
 * foreign-key order by {@link #flush}. Rows get the ids {@link BulkIds} hands out, so a case's parts can
 * point at each other before anything is sent. The columns are those the single-case save writes, and the
 * list columns come from {@link CaseListColumns} (computed in {@link PreparedCase}), exactly as there.
 */
final class BulkRows implements AutoCloseable {
    private final BulkIds ids;
    private final ReferenceNames names;
    private final Clock clock;
    private final PreparedStatement person;
    private final PreparedStatement caseFile;
    private final PreparedStatement party;
    private final PreparedStatement violation;
    private final PreparedStatement event;
    private final PreparedStatement filing;
    private final PreparedStatement officer;
    private long rows;

    BulkRows(Connection c, BulkIds ids, ReferenceNames names, Clock clock) throws SQLException {
        this.ids = ids;
        this.names = names;
        this.clock = clock;
        person = c.prepareStatement(insert(PERSON, PERSON.ID, PERSON.NAME, PERSON.OTHER_NAMES,
                PERSON.PREFERRED_LANGUAGE, PERSON.CONTACT, PERSON.BIRTH_YEAR, PERSON.PSEUDONYM_NO, PERSON.NOTES));
        caseFile = c.prepareStatement(insert(CASE_FILE, CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.TITLE,
                CASE_FILE.STATUS, CASE_FILE.INCIDENT_EARLIEST, CASE_FILE.INCIDENT_LATEST, CASE_FILE.INCIDENT_PRECISION,
                CASE_FILE.PLACE, CASE_FILE.NARRATIVE, CASE_FILE.INTAKE_DATE, CASE_FILE.OUTCOME,
                CASE_FILE.SETTLEMENT_AMOUNT, CASE_FILE.SETTLEMENT_DATE, CASE_FILE.TAGS, CASE_FILE.CREATED_AT,
                CASE_FILE.UPDATED_AT, CASE_FILE.LIST_PEOPLE, CASE_FILE.LIST_AGENCY, CASE_FILE.LIST_TOPIC,
                CASE_FILE.SEARCH_TEXT));
        party = c.prepareStatement(insert(CASE_PARTY, CASE_PARTY.ID, CASE_PARTY.CASE_ID, CASE_PARTY.PERSON_ID,
                CASE_PARTY.ROLE, CASE_PARTY.NOTES, CASE_PARTY.POSITION));
        violation = c.prepareStatement(insert(VIOLATION, VIOLATION.ID, VIOLATION.CASE_ID, VIOLATION.PROVISION_ID,
                VIOLATION.AGENCY_ID, VIOLATION.OFFICER_ID, VIOLATION.WHAT_HAPPENED, VIOLATION.EVIDENCE,
                VIOLATION.POSITION));
        event = c.prepareStatement(insert(TIMELINE_EVENT, TIMELINE_EVENT.ID, TIMELINE_EVENT.CASE_ID,
                TIMELINE_EVENT.DATE_EARLIEST, TIMELINE_EVENT.DATE_LATEST, TIMELINE_EVENT.DATE_PRECISION,
                TIMELINE_EVENT.EVENT_TIME, TIMELINE_EVENT.KIND, TIMELINE_EVENT.DESCRIPTION, TIMELINE_EVENT.SOURCE,
                TIMELINE_EVENT.AGENCY_ID, TIMELINE_EVENT.OFFICER_ID, TIMELINE_EVENT.VIOLATION_ID));
        filing = c.prepareStatement(insert(FILING, FILING.ID, FILING.CASE_ID, FILING.VENUE_ID, FILING.FILED_ON,
                FILING.REFERENCE_NO, FILING.STATUS, FILING.OUTCOME));
        officer = c.prepareStatement(insert(OFFICER, OFFICER.ID, OFFICER.NAME, OFFICER.BADGE, OFFICER.AGENCY_ID,
                OFFICER.RANK_TITLE, OFFICER.OTHER_NAMES, OFFICER.NOTES));
    }

    /** {@code INSERT INTO T (a, b, ...) VALUES (?, ?, ...)}, named from the generated schema. */
    private static String insert(Table<?> table, Field<?>... fields) {
        return "INSERT INTO " + table.getName() + " ("
                + java.util.Arrays.stream(fields).map(Field::getName).collect(Collectors.joining(", "))
                + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(fields.length, "?")) + ")";
    }

    /** Adds an officer; returns it with its new id. */
    Officer add(Officer o) throws SQLException {
        long id = ids.next(OFFICER);
        set(officer, id, o.name().trim(), o.badge(), o.agencyId(), o.rank(), o.otherNames(), o.notes());
        names.addOfficer(id, o.name().trim());
        return new Officer(id, o.name().trim(), o.badge(), o.agencyId(), o.rank(), o.otherNames(), o.notes());
    }

    /** Adds one whole case (new people included); returns its reference. */
    String add(PreparedCase prepared, OffsetDateTime now) throws SQLException {
        CaseRecord c = prepared.c();
        long caseId = ids.next(CASE_FILE);
        String reference = c.reference();
        if (reference != null) {
            ids.taken(reference);
        } else {
            LocalDate intake = c.intakeDate() != null ? c.intakeDate() : LocalDate.now(clock);
            reference = ids.nextReference(intake.getYear());
        }
        List<CaseParty> parties = new ArrayList<>(c.parties().size());
        for (CaseParty p : c.parties()) {
            parties.add(new CaseParty(addPerson(p.person()), p.role(), p.notes()));
        }
        CaseRecord stored = new CaseRecord(caseId, reference, c.title(), c.status(), c.incidentDate(), c.place(),
                c.narrative(), c.intakeDate(), c.outcome(), c.settlementAmount(), c.settlementDate(), c.tags(),
                parties, c.violations(), c.events(), c.filings());
        addCaseRow(stored, prepared.columns(), now);
        addParts(caseId, stored);
        return reference;
    }

    private Person addPerson(Person p) throws SQLException {
        if (p.id() != null) {
            return p; // an existing person is linked as they are (a bulk write does not edit people)
        }
        long id = ids.next(PERSON);
        int pseudonym = ids.nextPseudonym();
        Person stored = new Person(id, p.name(), p.otherNames(), p.preferredLanguage(), p.contact(),
                p.birthYear(), pseudonym, p.notes());
        set(person, id, stored.name(), stored.otherNames(), stored.preferredLanguage(), stored.contact(),
                stored.birthYear(), pseudonym, stored.notes());
        return stored;
    }

    private void addCaseRow(CaseRecord c, CaseListColumns cols, OffsetDateTime now) throws SQLException {
        ApproximateDate d = c.incidentDate();
        set(caseFile, c.id(), c.reference(), c.title().trim(), c.status().name(),
                d == null ? null : d.earliest(), d == null ? null : d.latest(),
                d == null ? null : d.precision().name(), c.place(), c.narrative(), c.intakeDate(), c.outcome(),
                c.settlementAmount(), c.settlementDate(), c.tags().isEmpty() ? null : String.join(", ", c.tags()),
                now, now, cols.people(), cols.agency(), cols.topic(), cols.searchText());
    }

    private void addParts(long caseId, CaseRecord c) throws SQLException {
        int pos = 0;
        for (CaseParty p : c.parties()) {
            set(party, ids.next(CASE_PARTY), caseId, p.person().id(), p.role().name(), p.notes(), pos++);
        }
        long[] violationIds = new long[c.violations().size()];
        pos = 0;
        for (Violation v : c.violations()) {
            violationIds[pos] = ids.next(VIOLATION);
            set(violation, violationIds[pos], caseId, v.provisionId(), v.agencyId(), v.officerId(), v.whatHappened(),
                    v.evidence(), pos++);
        }
        for (TimelineEvent e : c.events()) {
            Long violationId = e.violationIndex() == null ? null : violationIds[e.violationIndex()];
            set(event, ids.next(TIMELINE_EVENT), caseId, e.date().earliest(), e.date().latest(),
                    e.date().precision().name(), e.time(), e.kind().name(), e.description(), e.source(),
                    e.agencyId(), e.officerId(), violationId);
        }
        for (Filing f : c.filings()) {
            set(filing, ids.next(FILING), caseId, f.venueId(), f.filedOn(), f.referenceNo(), f.status().name(),
                    f.outcome());
        }
    }

    private void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
        rows++;
    }

    /** Sends every pending row, parents before children. */
    void flush() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {officer, person, caseFile, party, violation, event,
            filing}) {
            ps.executeBatch();
        }
    }

    /** Rows added so far (sent or pending). */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {officer, person, caseFile, party, violation, event,
            filing}) {
            ps.close();
        }
    }
}
