package org.amparo.service.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ApproximateDateText;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;

/** Writes the "reference" section: agencies, officers, policy versions, provisions, adoptions, venues. */
final class ReferenceJsonWriter {
    private final JsonGenerator g;
    private final ExportReference ref;

    ReferenceJsonWriter(JsonGenerator g, ExportReference ref) {
        this.g = g;
        this.ref = ref;
    }

    void write() throws IOException {
        g.writeObjectFieldStart("reference");
        g.writeArrayFieldStart("agencies");
        for (Agency a : ref.agencies) {
            g.writeStartObject();
            text("name", a.name());
            text("kind", a.kind());
            text("parent_agency", ref.agencyName(a.parentId()));
            text("parent_name", a.parentId() == null ? a.parentName() : null);
            text("county_or_area", a.countyOrArea());
            text("notes", a.notes());
            g.writeBooleanField("shipped", a.shipped());
            g.writeBooleanField("edited", a.userEdited());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("officers");
        for (Officer o : ref.officers) {
            g.writeStartObject();
            officerFields(g, o, ref);
            text("rank", o.rank());
            text("other_names", o.otherNames());
            text("notes", o.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("policy_versions");
        for (PolicyVersion p : ref.policies) {
            g.writeStartObject();
            text("key", p.key());
            text("name", p.name());
            text("scope", JsonFormat.choice(p.scope()));
            date("effective_from", p.effectiveFrom());
            date("effective_to", p.effectiveTo());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("provisions");
        for (Provision p : ref.provisions) {
            g.writeStartObject();
            text("policy", ref.policyKey(p.policyVersionId()));
            text("topic", p.topic());
            text("section_ref", p.sectionRef());
            text("title", p.title());
            text("summary", p.summary());
            text("kind", p.kind());
            g.writeBooleanField("shipped", p.shipped());
            g.writeBooleanField("edited", p.userEdited());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("adoptions");
        for (AgencyAdoption a : ref.adoptions) {
            g.writeStartObject();
            text("agency", ref.agencyName(a.agencyId()));
            text("policy", ref.policyKey(a.policyVersionId()));
            text("adopted_from", a.adoptedFrom() == null ? null : ApproximateDateText.iso(a.adoptedFrom()));
            date("adopted_to", a.adoptedTo());
            text("certainty", JsonFormat.choice(a.certainty()));
            text("source", ref.adoptionSource(a));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("venues");
        for (ComplaintVenue v : ref.venues) {
            g.writeStartObject();
            text("name", v.name());
            text("kind", v.kind());
            text("deadline_rule", v.deadlineRule());
            text("deadline_period", v.deadlinePeriod());
            text("counts_from", v.countsFrom());
            text("notes", v.notes());
            g.writeBooleanField("shipped", v.shipped());
            g.writeBooleanField("edited", v.userEdited());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** An officer's natural key: name, badge (when known) and agency (when known). */
    static void officerFields(JsonGenerator g, Officer o, ExportReference ref) throws IOException {
        g.writeStringField("name", o.name());
        if (o.badge() != null) {
            g.writeStringField("badge", o.badge());
        }
        if (o.agencyId() != null) {
            g.writeStringField("agency", ref.agencyName(o.agencyId()));
        }
    }

    private void text(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void date(String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}
