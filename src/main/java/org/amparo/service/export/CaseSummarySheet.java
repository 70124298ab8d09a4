package org.amparo.service.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Officer;
import org.amparo.domain.Person;
import org.amparo.service.timeline.NameRedaction;

/**
 * The Summary sheet of a case workbook: one labelled row per fact (reference, title, status, people and their
 * roles, incident date and place, agencies and officers, outcome, settlement, export date). Redacted, people
 * are shown by pseudonym and their contact and birth details are left out.
 */
final class CaseSummarySheet {
    private CaseSummarySheet() {
    }

    static SheetPlan plan(CaseFacts f, LocalDate exportedOn) {
        ExportWords w = f.words();
        List<Column> columns = w.columns("summary.col.", "field", 28, "value", 100);
        List<Cell[]> rows = new ArrayList<>();
        rows(f, exportedOn, rows);
        return CaseDetailSheets.fixed(w.get("sheet.summary"), columns, rows);
    }

    private static void rows(CaseFacts f, LocalDate exportedOn, List<Cell[]> sink) {
        CaseRecord c = f.c();
        ExportWords w = f.words();
        line(sink, w.get("summary.reference"), Cell.text(c.reference()));
        line(sink, w.get("summary.title"), Cell.longText(f.redact(c.title())));
        line(sink, w.get("summary.status"), Cell.text(c.status() == null ? null
                : w.get("timeline.status." + c.status().name())));
        for (int i = 0; i < c.parties().size(); i++) {
            line(sink, w.get("summary.person"), Cell.longText(person(f, c.parties().get(i), i)));
        }
        line(sink, w.get("summary.incidentDate"), f.date(c.incidentDate()));
        if (c.incidentDate() != null && c.incidentDate().isApproximate()) {
            line(sink, w.get("summary.incidentEarliest"), CaseFacts.earliest(c.incidentDate()));
        }
        line(sink, w.get("summary.place"), Cell.longText(f.redact(c.place())));
        for (String agency : f.ref().agenciesNamedIn(c)) {
            line(sink, w.get("summary.agency"), Cell.text(agency));
        }
        for (Officer o : f.ref().officersNamedIn(c)) {
            String badge = o.badge() == null || o.badge().isBlank() ? "" : " (" + w.get("summary.badge", o.badge()) + ")";
            String agency = f.ref().agencyName(o.agencyId());
            line(sink, w.get("summary.officer"), Cell.text(o.name() + badge + (agency == null ? "" : ", " + agency)));
        }
        line(sink, w.get("summary.intakeDate"), Cell.date(c.intakeDate()));
        line(sink, w.get("summary.outcome"), Cell.longText(f.redact(c.outcome())));
        line(sink, w.get("summary.settlementAmount"), Cell.money(c.settlementAmount()));
        line(sink, w.get("summary.settlementDate"), Cell.date(c.settlementDate()));
        if (!c.tags().isEmpty()) {
            line(sink, w.get("summary.tags"), Cell.text(f.redact(String.join(", ", c.tags()))));
        }
        line(sink, w.get("summary.narrative"), Cell.longText(f.redact(c.narrative())));
        line(sink, w.get("summary.exportedOn"), Cell.date(exportedOn));
        if (f.names().active()) {
            line(sink, w.get("summary.redacted"), Cell.longText(w.get("summary.redactedNote")));
        }
    }

    private static void line(List<Cell[]> sink, String label, Cell value) {
        sink.add(new Cell[] {Cell.text(label), value});
    }

    /** "Name — role (notes); contact; born 1988", or "Person A — role (notes)" when redacted. */
    private static String person(CaseFacts f, CaseParty p, int position) {
        ExportWords w = f.words();
        Person who = p.person();
        StringBuilder sb = new StringBuilder(f.names().active()
                ? NameRedaction.label(who, position, w.locale()) : who.name());
        if (p.role() != null) {
            sb.append(" — ").append(w.get("timeline.role." + p.role().name()));
        }
        if (p.notes() != null && !p.notes().isBlank()) {
            sb.append(" (").append(f.redact(p.notes().trim())).append(')');
        }
        if (!f.names().active()) {
            if (who.contact() != null && !who.contact().isBlank()) {
                sb.append("; ").append(w.get("summary.contact", who.contact().trim()));
            }
            if (who.birthYear() != null) {
                sb.append("; ").append(w.get("summary.born", Integer.toString(who.birthYear())));
            }
        }
        return sb.toString();
    }
}
