package org.amparo.service.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ApproximateDateText;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Filing;
import org.amparo.domain.Person;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;

/** Writes one person of the "people" section, or one case of the "cases" section. */
final class CaseJsonWriter {
    private final JsonGenerator g;
    private final ExportReference ref;

    CaseJsonWriter(JsonGenerator g, ExportReference ref) {
        this.g = g;
        this.ref = ref;
    }

    void writePerson(Person p) throws IOException {
        g.writeStartObject();
        text("key", JsonFormat.personKey(p.pseudonymNo()));
        text("name", p.name());
        text("other_names", p.otherNames());
        text("preferred_language", p.preferredLanguage());
        text("contact", p.contact());
        if (p.birthYear() != null) {
            g.writeNumberField("birth_year", p.birthYear());
        }
        text("notes", p.notes());
        g.writeEndObject();
    }

    void writeCase(CaseRecord c, boolean inTrash) throws IOException {
        g.writeStartObject();
        text("reference", c.reference());
        text("title", c.title());
        text("status", JsonFormat.choice(c.status()));
        approximate("incident_date", c.incidentDate());
        text("place", c.place());
        text("narrative", c.narrative());
        text("intake_date", c.intakeDate() == null ? null : c.intakeDate().toString());
        text("outcome", c.outcome());
        text("settlement_amount", c.settlementAmount() == null ? null : c.settlementAmount().toPlainString());
        text("settlement_date", c.settlementDate() == null ? null : c.settlementDate().toString());
        g.writeArrayFieldStart("tags");
        for (String t : c.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeBooleanField("in_trash", inTrash);
        g.writeArrayFieldStart("parties");
        for (CaseParty p : c.parties()) {
            g.writeStartObject();
            text("person", JsonFormat.personKey(p.person().pseudonymNo()));
            text("role", JsonFormat.choice(p.role()));
            text("notes", p.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("violations");
        for (Violation v : c.violations()) {
            g.writeStartObject();
            text("provision", ref.provisionKey(v.provisionId()));
            text("agency", ref.agencyName(v.agencyId()));
            officer(v.officerId());
            text("what_happened", v.whatHappened());
            text("evidence", v.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (TimelineEvent e : c.events()) {
            g.writeStartObject();
            approximate("date", e.date());
            text("time", e.time() == null ? null : e.time().toString());
            text("kind", JsonFormat.choice(e.kind()));
            text("description", e.description());
            text("source", e.source());
            text("agency", ref.agencyName(e.agencyId()));
            officer(e.officerId());
            if (e.violationIndex() != null) {
                g.writeNumberField("violation", e.violationIndex());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("filings");
        for (Filing f : c.filings()) {
            g.writeStartObject();
            text("venue", ref.venueName(f.venueId()));
            text("filed_on", f.filedOn() == null ? null : f.filedOn().toString());
            text("reference_no", f.referenceNo());
            text("status", JsonFormat.choice(f.status()));
            text("outcome", f.outcome());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void officer(Long id) throws IOException {
        if (id != null) {
            g.writeObjectFieldStart("officer");
            ReferenceJsonWriter.officerFields(g, ref.officer(id), ref);
            g.writeEndObject();
        }
    }

    private void approximate(String name, ApproximateDate d) throws IOException {
        text(name, d == null ? null : ApproximateDateText.iso(d));
    }

    private void text(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
