package org.amparo.service.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingDeadline;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.domain.ViolationInForceCheck;
import org.amparo.domain.ViolationInForceStatus;

/**
 * The Violations, Timeline and Filings sheets of a case workbook: one row per violation (with whether its
 * provision was in force for the agency on the incident date), per event (in date order) and per filing
 * (with the venue's deadline counted from the incident).
 */
final class CaseDetailSheets {
    private CaseDetailSheets() {
    }

    static SheetPlan violations(CaseFacts f) {
        ExportWords w = f.words();
        List<Column> columns = w.columns("violations.col.", "number", 5, "policy", 22, "topic", 15, "section", 8,
                "provision", 24, "provisionText", 36, "agency", 24, "officer", 16, "whatHappened", 38, "evidence", 24,
                "inForce", 16);
        List<Cell[]> rows = new ArrayList<>();
        for (int i = 0; i < f.c().violations().size(); i++) {
            Violation v = f.c().violations().get(i);
            Provision p = f.ref().provisions().get(v.provisionId());
            PolicyVersion policy = p == null ? null : f.ref().policies().get(p.policyVersionId());
            Officer o = f.ref().officer(v.officerId());
            rows.add(new Cell[] {Cell.text(Violation.tag(i)), Cell.longText(policy == null ? null : policy.name()),
                Cell.text(p == null ? null : p.topic()), Cell.text(p == null ? null : p.sectionRef()),
                Cell.longText(p == null ? null : p.title()), Cell.longText(p == null ? null : p.summary()),
                Cell.longText(f.ref().agencyName(v.agencyId())), Cell.longText(o == null ? null : o.name()),
                Cell.longText(f.redact(v.whatHappened())), Cell.longText(f.redact(v.evidence())),
                Cell.text(inForce(f, v, p))});
        }
        return fixed(w.get("sheet.violations"), columns, rows);
    }

    private static String inForce(CaseFacts f, Violation v, Provision p) {
        if (p == null || f.c().incidentDate() == null) {
            return f.words().get("inforce.unknown");
        }
        ViolationInForceStatus status = ViolationInForceCheck.check(p.policyVersionId(),
                f.policies().forAgency(v.agencyId(), f.adoptions(), f.c().incidentDate()));
        return f.words().get("inforce." + status.name());
    }

    static SheetPlan timeline(CaseFacts f) {
        ExportWords w = f.words();
        List<Column> columns = w.columns("timeline.col.", "date", 20, "earliest", 11, "time", 7, "kind", 22,
                "description", 56, "source", 18, "agency", 28, "officer", 20, "violation", 10);
        List<Cell[]> rows = new ArrayList<>();
        for (TimelineEvent e : f.c().events().stream().sorted(TimelineEvent.IN_DATE_ORDER).toList()) {
            Officer o = f.ref().officer(e.officerId());
            rows.add(new Cell[] {f.date(e.date()), CaseFacts.earliest(e.date()),
                Cell.text(e.time() == null ? null : e.time().toString()),
                Cell.longText(e.kind() == null ? null : w.get("timeline.kind." + e.kind().name())),
                Cell.longText(f.redact(e.description())), Cell.longText(f.redact(e.source())),
                Cell.longText(f.ref().agencyName(e.agencyId())), Cell.longText(o == null ? null : o.name()),
                Cell.text(e.violationIndex() == null ? null : Violation.tag(e.violationIndex()))});
        }
        return fixed(w.get("sheet.timeline"), columns, rows);
    }

    static SheetPlan filings(CaseFacts f) {
        ExportWords w = f.words();
        List<Column> columns = w.columns("filings.col.", "venue", 36, "filedOn", 12, "reference", 16, "status", 16,
                "outcome", 44, "deadline", 12, "deadlineNote", 40);
        List<Cell[]> rows = new ArrayList<>();
        for (Filing fi : f.c().filings()) {
            ComplaintVenue venue = f.ref().venues().get(fi.venueId());
            Optional<FilingDeadline> deadline = deadline(f, venue);
            String note = deadline.isEmpty() ? w.get("filings.noDeadline")
                    : deadline.get().approximate() ? w.get("filings.deadlineApproximate") : venue.deadlineRule();
            rows.add(new Cell[] {Cell.longText(venue == null ? null : venue.name()), Cell.date(fi.filedOn()),
                Cell.text(f.redact(fi.referenceNo())),
                Cell.text(fi.status() == null ? null : w.get("timeline.filingStatus." + fi.status().name())),
                Cell.longText(f.redact(fi.outcome())), Cell.date(deadline.map(FilingDeadline::date).orElse(null)),
                Cell.longText(note)});
        }
        return fixed(w.get("sheet.filings"), columns, rows);
    }

    private static Optional<FilingDeadline> deadline(CaseFacts f, ComplaintVenue venue) {
        if (venue == null || f.c().incidentDate() == null || !FilingDeadline.isValidPeriod(venue.deadlinePeriod())) {
            return Optional.empty();
        }
        return FilingDeadline.of(venue.deadlinePeriod(), f.c().incidentDate());
    }

    static SheetPlan fixed(String name, List<Column> columns, List<Cell[]> rows) {
        return SheetPlan.table(name, columns, rows.size(), sink -> {
            for (Cell[] r : rows) {
                sink.row(r);
            }
        });
    }
}
