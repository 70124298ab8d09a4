package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.CASE_PARTY;
import static org.amparo.store.jooq.Tables.FILING;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.amparo.store.jooq.Tables.TIMELINE_EVENT;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Filing;
import org.amparo.domain.Person;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.jooq.tables.records.CaseFileRecord;
import org.amparo.store.jooq.tables.records.PersonRecord;
import org.jooq.DSLContext;

/**
 * Writes one case and its parts inside the caller's transaction: the case row (with its list columns),
 * new or changed people, and the case's parties, violations, events and filings (replaced as a whole).
 */
final class CaseRowWriter {
    private final DSLContext dsl;
    private final Clock clock;
    private final ReferenceNames names;

    CaseRowWriter(DSLContext dsl, Clock clock, ReferenceNames names) {
        this.dsl = dsl;
        this.clock = clock;
        this.names = names;
    }

    long write(CaseRecord c) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseFileRecord row;
        if (c.id() == null) {
            row = dsl.newRecord(CASE_FILE);
            int year = (c.intakeDate() != null ? c.intakeDate() : LocalDate.now(clock)).getYear();
            row.setReference(c.reference() != null ? c.reference()
                    : CaseRepository.nextReference(dsl, year).toString());
            row.setCreatedAt(now);
        } else {
            row = dsl.fetchSingle(CASE_FILE, CASE_FILE.ID.eq(c.id()));
        }
        List<CaseParty> parties = new ArrayList<>();
        for (CaseParty p : c.parties()) {
            parties.add(new CaseParty(savePerson(p.person()), p.role(), p.notes()));
        }
        CaseRecord withPeople = new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(),
                c.place(), c.narrative(), c.intakeDate(), c.outcome(), c.settlementAmount(), c.settlementDate(),
                c.tags(), parties, c.violations(), c.events(), c.filings());
        fill(row, withPeople, now);
        row.store();
        long caseId = row.getId();
        replaceParts(caseId, withPeople);
        return caseId;
    }

    private void fill(CaseFileRecord row, CaseRecord c, OffsetDateTime now) {
        row.setTitle(c.title().trim());
        row.setStatus(c.status().name());
        ApproximateDate d = c.incidentDate();
        row.setIncidentEarliest(d == null ? null : d.earliest());
        row.setIncidentLatest(d == null ? null : d.latest());
        row.setIncidentPrecision(d == null ? null : d.precision().name());
        row.setPlace(c.place());
        row.setNarrative(c.narrative());
        row.setIntakeDate(c.intakeDate());
        row.setOutcome(c.outcome());
        row.setSettlementAmount(c.settlementAmount());
        row.setSettlementDate(c.settlementDate());
        row.setTags(c.tags().isEmpty() ? null : String.join(", ", c.tags()));
        row.setUpdatedAt(now);
        CaseListColumns cols = CaseListColumns.of(c, names);
        row.setListPeople(cols.people());
        row.setListAgency(cols.agency());
        row.setListTopic(cols.topic());
        row.setSearchText(cols.searchText());
    }

    private Person savePerson(Person p) {
        PersonRecord r;
        if (p.id() == null) {
            r = dsl.newRecord(PERSON);
            r.setPseudonymNo(CaseRepository.nextPseudonym(dsl));
        } else {
            r = dsl.fetchSingle(PERSON, PERSON.ID.eq(p.id()));
        }
        r.setName(p.name().trim());
        r.setOtherNames(p.otherNames());
        r.setPreferredLanguage(p.preferredLanguage());
        r.setContact(p.contact());
        r.setBirthYear(p.birthYear());
        r.setNotes(p.notes());
        if (r.changed()) {
            r.store();
        }
        return PersonRows.person(r);
    }

    private void replaceParts(long caseId, CaseRecord c) {
        dsl.deleteFrom(TIMELINE_EVENT).where(TIMELINE_EVENT.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(VIOLATION).where(VIOLATION.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(CASE_PARTY).where(CASE_PARTY.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(FILING).where(FILING.CASE_ID.eq(caseId)).execute();
        int pos = 0;
        for (CaseParty p : c.parties()) {
            dsl.insertInto(CASE_PARTY).set(CASE_PARTY.CASE_ID, caseId).set(CASE_PARTY.PERSON_ID, p.person().id())
                    .set(CASE_PARTY.ROLE, p.role().name()).set(CASE_PARTY.NOTES, p.notes())
                    .set(CASE_PARTY.POSITION, pos++).execute();
        }
        List<Long> violationIds = new ArrayList<>();
        pos = 0;
        for (Violation v : c.violations()) {
            violationIds.add(dsl.insertInto(VIOLATION).set(VIOLATION.CASE_ID, caseId)
                    .set(VIOLATION.PROVISION_ID, v.provisionId()).set(VIOLATION.AGENCY_ID, v.agencyId())
                    .set(VIOLATION.OFFICER_ID, v.officerId()).set(VIOLATION.WHAT_HAPPENED, v.whatHappened())
                    .set(VIOLATION.EVIDENCE, v.evidence()).set(VIOLATION.POSITION, pos++)
                    .returning(VIOLATION.ID).fetchOne().getId());
        }
        for (TimelineEvent e : c.events()) {
            Long violationId = e.violationIndex() == null ? null : violationIds.get(e.violationIndex());
            dsl.insertInto(TIMELINE_EVENT).set(TIMELINE_EVENT.CASE_ID, caseId)
                    .set(TIMELINE_EVENT.DATE_EARLIEST, e.date().earliest())
                    .set(TIMELINE_EVENT.DATE_LATEST, e.date().latest())
                    .set(TIMELINE_EVENT.DATE_PRECISION, e.date().precision().name())
                    .set(TIMELINE_EVENT.EVENT_TIME, e.time()).set(TIMELINE_EVENT.KIND, e.kind().name())
                    .set(TIMELINE_EVENT.DESCRIPTION, e.description()).set(TIMELINE_EVENT.SOURCE, e.source())
                    .set(TIMELINE_EVENT.AGENCY_ID, e.agencyId()).set(TIMELINE_EVENT.OFFICER_ID, e.officerId())
                    .set(TIMELINE_EVENT.VIOLATION_ID, violationId).execute();
        }
        for (Filing f : c.filings()) {
            dsl.insertInto(FILING).set(FILING.CASE_ID, caseId).set(FILING.VENUE_ID, f.venueId())
                    .set(FILING.FILED_ON, f.filedOn()).set(FILING.REFERENCE_NO, f.referenceNo())
                    .set(FILING.STATUS, f.status().name()).set(FILING.OUTCOME, f.outcome()).execute();
        }
    }
}
