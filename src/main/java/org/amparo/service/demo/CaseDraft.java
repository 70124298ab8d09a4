package org.amparo.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.EventKind;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingStatus;
import org.amparo.domain.Officer;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;

/**
 * A demo case being put together: people, violations (events point at them by index), events, filings and
 * the case's own fields. {@link #build} orders events and filings the way the vault reads them back.
 */
final class CaseDraft {
    private static final Comparator<TimelineEvent> EVENT_ORDER = Comparator
            .comparing((TimelineEvent e) -> e.date().earliest())
            .thenComparing(TimelineEvent::time, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Filing> FILING_ORDER = Comparator.comparing(Filing::filedOn,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<CaseParty> parties = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<Filing> filings = new ArrayList<>();
    private final List<String> tags = new ArrayList<>(List.of("demo"));
    final DemoIncident incident;
    String title;
    String place;
    String narrative;
    CaseStatus status = CaseStatus.DOCUMENTING;
    LocalDate intake;
    String outcome;
    BigDecimal settlementAmount;
    LocalDate settlementDate;

    private LocalTime clock;

    CaseDraft(DemoIncident incident) {
        this.incident = incident;
    }

    /** The time the incident began, between the hours given; none when the date is only remembered roughly. */
    LocalTime firstTime(DemoDice dice, int fromHour, int toHour) {
        LocalTime t = dice.time(fromHour, toHour);
        clock = t;
        return incident.exact() ? t : null;
    }

    /** The time of the next thing that day, some minutes after the one before (never past midnight). */
    LocalTime nextTime(DemoDice dice, int minMinutes, int maxMinutes) {
        LocalTime start = clock == null ? LocalTime.of(12, 0) : clock;
        long minutes = Math.min(dice.between(minMinutes, maxMinutes),
                java.time.Duration.between(start, LocalTime.of(23, 55)).toMinutes());
        clock = start.plusMinutes(Math.max(0, minutes));
        return incident.exact() ? clock : null;
    }

    Person party(Person p, PartyRole role, String notes) {
        parties.add(new CaseParty(p, role, notes));
        return p;
    }

    /** Adds a violation; returns its index for the events that show it. */
    int violation(Provision p, Officer o, String whatHappened, String evidence) {
        violations.add(new Violation(null, p.id(), incident.agency().id(), o == null ? null : o.id(), whatHappened,
                evidence));
        return violations.size() - 1;
    }

    int violationCount() {
        return violations.size();
    }

    void event(ApproximateDate date, LocalTime time, EventKind kind, String description, String source,
               Agency agency, Officer officer, Integer violationIndex) {
        events.add(new TimelineEvent(null, date, time, kind, description, source,
                agency == null ? null : agency.id(), officer == null ? null : officer.id(), violationIndex));
    }

    void filing(ComplaintVenue venue, LocalDate filedOn, String referenceNo, FilingStatus status, String outcome) {
        filings.add(new Filing(null, venue.id(), filedOn, referenceNo, status, outcome));
    }

    void tag(String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }

    CaseRecord build() {
        events.sort(EVENT_ORDER);
        filings.sort(FILING_ORDER);
        return new CaseRecord(null, null, title, status, incident.date(), place, narrative, intake, outcome,
                settlementAmount, settlementDate, tags, parties, violations, events, filings);
    }
}
