package org.amparo.service.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseReference;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.EventKind;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingStatus;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;

/**
 * Reads and checks one case of the "cases" list, turning the natural keys it uses into ids through a
 * {@link KeyResolver}. Every problem is recorded with where it is; a case with problems reads as null.
 */
final class CaseJsonReader {
    private static final int TAGS_MAX = 1000;

    /** A case as read: the record (no id) and whether it sits in the trash. */
    record FileCase(CaseRecord record, boolean inTrash) {
    }

    private final KeyResolver keys;
    private final List<TransferMessage> problems;

    CaseJsonReader(KeyResolver keys, List<TransferMessage> problems) {
        this.keys = keys;
        this.problems = problems;
    }

    FileCase read(int index, JsonNode node) {
        int before = problems.size();
        JsonFields f = JsonFields.of(node, "cases[" + index + "]", problems);
        String reference = f.text("reference", 12, true);
        if (reference != null && !CaseReference.isValid(reference)) {
            f.problem("reference", "json.problem.notReference", reference);
        }
        String title = f.text("title", 500, true);
        CaseStatus status = f.choice("status", CaseStatus.class, true);
        ApproximateDate incident = f.approximateDate("incident_date", false);
        String place = f.text("place", 500, false);
        String narrative = f.text("narrative", 200_000, false);
        LocalDate intake = f.date("intake_date", false);
        String outcome = f.text("outcome", 4000, false);
        BigDecimal amount = f.amount("settlement_amount");
        LocalDate settled = f.date("settlement_date", false);
        List<String> tags = tags(f);
        boolean inTrash = f.flag("in_trash");
        List<CaseParty> parties = parties(f);
        List<Violation> violations = violations(f);
        List<TimelineEvent> events = events(f, violations.size());
        List<Filing> filings = filings(f);
        f.finish();
        if (problems.size() > before) {
            return null;
        }
        return new FileCase(new CaseRecord(null, reference.trim(), title, status, incident, place, narrative, intake,
                outcome, amount, settled, tags, parties, violations, events, filings), inTrash);
    }

    private List<String> tags(JsonFields f) {
        List<String> tags = f.texts("tags", TAGS_MAX);
        for (String t : tags) {
            if (t.contains(",")) {
                f.problem("tags", "json.problem.tagComma", t);
            }
        }
        if (String.join(", ", tags).length() > TAGS_MAX) {
            f.problem("tags", "json.problem.tooLong", String.valueOf(TAGS_MAX));
        }
        return tags;
    }

    private List<CaseParty> parties(JsonFields c) {
        List<CaseParty> out = new ArrayList<>();
        List<JsonNode> nodes = c.array("parties");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields f = JsonFields.of(nodes.get(i), c.path("parties") + "[" + i + "]", problems);
            String key = f.text("person", 60, true);
            PartyRole role = f.choice("role", PartyRole.class, true);
            String notes = f.text("notes", 2000, false);
            f.finish();
            Person person = key == null ? null : keys.person(key);
            if (key != null && person == null) {
                f.problem("person", "json.problem.unknownPerson", key);
            }
            if (person != null && role != null) {
                out.add(new CaseParty(person, role, notes));
            }
        }
        return out;
    }

    private List<Violation> violations(JsonFields c) {
        List<Violation> out = new ArrayList<>();
        List<JsonNode> nodes = c.array("violations");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields f = JsonFields.of(nodes.get(i), c.path("violations") + "[" + i + "]", problems);
            Long provision = provision(f);
            Long agency = agency(f, true);
            Long officer = officer(f);
            String what = f.text("what_happened", 20_000, false);
            String evidence = f.text("evidence", 8000, false);
            f.finish();
            out.add(new Violation(null, provision == null ? 0 : provision, agency == null ? 0 : agency, officer, what,
                    evidence));
        }
        return out;
    }

    private List<TimelineEvent> events(JsonFields c, int violations) {
        List<TimelineEvent> out = new ArrayList<>();
        List<JsonNode> nodes = c.array("events");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields f = JsonFields.of(nodes.get(i), c.path("events") + "[" + i + "]", problems);
            ApproximateDate date = f.approximateDate("date", true);
            LocalTime time = f.time("time");
            EventKind kind = f.choice("kind", EventKind.class, true);
            String description = f.text("description", 20_000, true);
            String source = f.text("source", 2000, false);
            Long agency = agency(f, false);
            Long officer = officer(f);
            Integer violation = f.integer("violation", 0, Integer.MAX_VALUE, false);
            f.finish();
            if (violation != null && violation >= violations) {
                f.problem("violation", "json.problem.noSuchViolation", String.valueOf(violation),
                        String.valueOf(violations));
            }
            out.add(new TimelineEvent(null, date, time, kind, description, source, agency, officer, violation));
        }
        return out;
    }

    private List<Filing> filings(JsonFields c) {
        List<Filing> out = new ArrayList<>();
        List<JsonNode> nodes = c.array("filings");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields f = JsonFields.of(nodes.get(i), c.path("filings") + "[" + i + "]", problems);
            String venueName = f.text("venue", 300, true);
            LocalDate filedOn = f.date("filed_on", false);
            String referenceNo = f.text("reference_no", 200, false);
            FilingStatus status = f.choice("status", FilingStatus.class, true);
            String outcome = f.text("outcome", 4000, false);
            f.finish();
            Long venue = venueName == null ? null : keys.venue(venueName.trim());
            if (venueName != null && venue == null) {
                f.problem("venue", "json.problem.unknownVenue", venueName);
            }
            out.add(new Filing(null, venue == null ? 0 : venue, filedOn, referenceNo, status, outcome));
        }
        return out;
    }

    private Long provision(JsonFields f) {
        String key = f.text("provision", 130, true);
        Long id = key == null ? null : keys.provision(key.trim());
        if (key != null && id == null) {
            f.problem("provision", "json.problem.unknownProvision", key);
        }
        return id;
    }

    private Long agency(JsonFields f, boolean required) {
        String name = f.text("agency", 300, required);
        Long id = name == null ? null : keys.agency(name.trim());
        if (name != null && id == null) {
            f.problem("agency", "json.problem.unknownAgency", name);
        }
        return id;
    }

    private Long officer(JsonFields f) {
        JsonNode node = f.object("officer");
        if (node == null) {
            return null;
        }
        JsonFields o = JsonFields.of(node, f.path("officer"), problems);
        String name = o.text("name", 300, true);
        String badge = o.text("badge", 60, false);
        String agency = o.text("agency", 300, false);
        o.finish();
        if (name == null) {
            return null;
        }
        String key = JsonFormat.officerKey(name, badge, agency);
        Long id = keys.officer(key);
        if (id == null) {
            problems.add(new TransferMessage(f.path("officer"), "json.problem.unknownOfficer", key));
        }
        return id;
    }
}
