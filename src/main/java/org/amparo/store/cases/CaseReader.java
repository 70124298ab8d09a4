package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.CASE_PARTY;
import static org.amparo.store.jooq.Tables.FILING;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.amparo.store.jooq.Tables.TIMELINE_EVENT;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.DatePrecision;
import org.amparo.domain.EventKind;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingStatus;
import org.amparo.domain.PartyRole;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.jooq.tables.records.CaseFileRecord;
import org.jooq.DSLContext;

/** Reads a whole case back: parties in their order, violations in theirs, events in date order. */
final class CaseReader {
    private CaseReader() {
    }

    static Optional<CaseRecord> load(DSLContext dsl, long id) {
        CaseFileRecord c = dsl.fetchOne(CASE_FILE, CASE_FILE.ID.eq(id));
        if (c == null) {
            return Optional.empty();
        }
        List<CaseParty> parties = dsl.select().from(CASE_PARTY).join(PERSON).on(PERSON.ID.eq(CASE_PARTY.PERSON_ID))
                .where(CASE_PARTY.CASE_ID.eq(id)).orderBy(CASE_PARTY.POSITION, CASE_PARTY.ID)
                .fetch(r -> new CaseParty(PersonRows.person(r.into(PERSON)),
                        PartyRole.valueOf(r.get(CASE_PARTY.ROLE)), r.get(CASE_PARTY.NOTES)));
        var violationRows = dsl.selectFrom(VIOLATION).where(VIOLATION.CASE_ID.eq(id))
                .orderBy(VIOLATION.POSITION, VIOLATION.ID).fetch();
        Map<Long, Integer> indexById = new HashMap<>();
        for (int i = 0; i < violationRows.size(); i++) {
            indexById.put(violationRows.get(i).getId(), i);
        }
        List<Violation> violations = violationRows.map(v -> new Violation(v.getId(), v.getProvisionId(),
                v.getAgencyId(), v.getOfficerId(), v.getWhatHappened(), v.getEvidence()));
        List<TimelineEvent> events = dsl.selectFrom(TIMELINE_EVENT).where(TIMELINE_EVENT.CASE_ID.eq(id))
                .orderBy(TIMELINE_EVENT.DATE_EARLIEST, TIMELINE_EVENT.EVENT_TIME.asc().nullsFirst(), TIMELINE_EVENT.ID)
                .fetch(e -> new TimelineEvent(e.getId(),
                        ApproximateDate.of(e.getDateEarliest(), DatePrecision.valueOf(e.getDatePrecision())),
                        e.getEventTime(), EventKind.valueOf(e.getKind()), e.getDescription(), e.getSource(),
                        e.getAgencyId(), e.getOfficerId(),
                        e.getViolationId() == null ? null : indexById.get(e.getViolationId())));
        List<Filing> filings = dsl.selectFrom(FILING).where(FILING.CASE_ID.eq(id)).orderBy(FILING.FILED_ON.asc()
                        .nullsLast(), FILING.ID)
                .fetch(f -> new Filing(f.getId(), f.getVenueId(), f.getFiledOn(), f.getReferenceNo(),
                        FilingStatus.valueOf(f.getStatus()), f.getOutcome()));
        return Optional.of(new CaseRecord(c.getId(), c.getReference(), c.getTitle(), CaseStatus.valueOf(c.getStatus()),
                incident(c), c.getPlace(), c.getNarrative(), c.getIntakeDate(), c.getOutcome(),
                c.getSettlementAmount(), c.getSettlementDate(), tags(c.getTags()), parties, violations, events, filings));
    }

    static ApproximateDate incident(CaseFileRecord c) {
        return c.getIncidentEarliest() == null ? null
                : ApproximateDate.of(c.getIncidentEarliest(), DatePrecision.valueOf(c.getIncidentPrecision()));
    }

    static List<String> tags(String tags) {
        return tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
