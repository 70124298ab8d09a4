package org.amparo.service.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Certainty;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.service.json.FileReference.FileAdoption;
import org.amparo.service.json.FileReference.FileAgency;
import org.amparo.service.json.FileReference.FileOfficer;
import org.amparo.service.json.FileReference.FilePolicy;
import org.amparo.service.json.FileReference.FileProvision;
import org.amparo.service.json.FileReference.FileVenue;

/**
 * Reads and checks the "reference" section: each row's fields, and that no natural key appears twice.
 * Rows without their key fields are reported and left out. Whether the keys they point to exist is checked later,
 * against the file and the vault together.
 */
final class ReferenceJsonReader {
    private final List<TransferMessage> problems;

    ReferenceJsonReader(List<TransferMessage> problems) {
        this.problems = problems;
    }

    FileReference read(JsonNode tree) {
        if (tree == null) {
            return new FileReference(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        JsonFields r = JsonFields.of(tree, "reference", problems);
        List<FileAgency> agencies = rows(r, "agencies", this::agency, FileAgency::name);
        List<FileOfficer> officers = rows(r, "officers", this::officer, FileOfficer::key);
        List<FilePolicy> policies = rows(r, "policy_versions", this::policy, FilePolicy::key);
        List<FileProvision> provisions = rows(r, "provisions", this::provision, FileProvision::key);
        List<FileAdoption> adoptions = rows(r, "adoptions", this::adoption, FileAdoption::key);
        List<FileVenue> venues = rows(r, "venues", this::venue, FileVenue::name);
        r.finish();
        return new FileReference(agencies, officers, policies, provisions, adoptions, venues);
    }

    private <T> List<T> rows(JsonFields section, String name, Function<JsonFields, T> read, Function<T, String> key) {
        List<T> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<JsonNode> nodes = section.array(name);
        for (int i = 0; i < nodes.size(); i++) {
            String path = section.path(name) + "[" + i + "]";
            JsonFields f = JsonFields.of(nodes.get(i), path, problems);
            T row = read.apply(f);
            f.finish();
            if (row == null) {
                continue;
            }
            String first = seen.putIfAbsent(key.apply(row), path);
            if (first != null) {
                problems.add(new TransferMessage(path, "json.problem.duplicate", key.apply(row), first));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    private FileAgency agency(JsonFields f) {
        String name = f.text("name", 300, true);
        String kind = f.text("kind", 40, false);
        String parentAgency = f.text("parent_agency", 300, false);
        String parentName = f.text("parent_name", 300, false);
        String county = f.text("county_or_area", 200, false);
        String notes = f.text("notes", 4000, false);
        boolean shipped = f.flag("shipped");
        boolean edited = f.flag("edited");
        if (parentAgency != null && parentName != null) {
            f.problem("parent_name", "json.problem.twoParents");
        }
        return name == null ? null : new FileAgency(f.path(),
                new Agency(null, name, kind, null, parentName, county, notes, shipped, edited), parentAgency);
    }

    private FileOfficer officer(JsonFields f) {
        String name = f.text("name", 300, true);
        String badge = f.text("badge", 60, false);
        String agency = f.text("agency", 300, false);
        String rank = f.text("rank", 100, false);
        String otherNames = f.text("other_names", 1000, false);
        String notes = f.text("notes", 4000, false);
        return name == null ? null
                : new FileOfficer(f.path(), new Officer(null, name, badge, null, rank, otherNames, notes), agency);
    }

    private FilePolicy policy(JsonFields f) {
        String key = f.text("key", 60, true);
        String name = f.text("name", 300, true);
        PolicyScope scope = f.choice("scope", PolicyScope.class, true);
        LocalDate from = f.date("effective_from", false);
        LocalDate to = f.date("effective_to", false);
        if (from != null && to != null && to.isBefore(from)) {
            f.problem("effective_to", "json.problem.endsBeforeStart");
        }
        return key == null || name == null || scope == null ? null
                : new FilePolicy(f.path(), new PolicyVersion(0, key, name, scope, from, to));
    }

    private FileProvision provision(JsonFields f) {
        String policy = f.text("policy", 60, true);
        String topic = f.text("topic", 60, true);
        String section = f.text("section_ref", 200, false);
        String title = f.text("title", 400, true);
        String summary = f.text("summary", 8000, false);
        String kind = f.text("kind", 40, false);
        boolean shipped = f.flag("shipped");
        boolean edited = f.flag("edited");
        return policy == null || topic == null || title == null ? null : new FileProvision(f.path(), policy,
                new Provision(null, 0, topic, section, title, summary, kind, shipped, edited));
    }

    private FileAdoption adoption(JsonFields f) {
        String agency = f.text("agency", 300, true);
        String policy = f.text("policy", 60, true);
        ApproximateDate from = f.approximateDate("adopted_from", false);
        LocalDate to = f.date("adopted_to", false);
        Certainty certainty = f.choice("certainty", Certainty.class, false);
        String source = f.text("source", 1000, false);
        if (from != null && to != null && to.isBefore(from.earliest())) {
            f.problem("adopted_to", "json.problem.endsBeforeStart");
        }
        return agency == null || policy == null ? null : new FileAdoption(f.path(), agency, policy,
                new AgencyAdoption(0, 0, from, to, certainty == null ? Certainty.REPORTED : certainty), source);
    }

    private FileVenue venue(JsonFields f) {
        String name = f.text("name", 300, true);
        String kind = f.text("kind", 40, false);
        String rule = f.text("deadline_rule", 300, false);
        String period = f.text("deadline_period", 10, false);
        String countsFrom = f.text("counts_from", 300, false);
        String notes = f.text("notes", 4000, false);
        boolean shipped = f.flag("shipped");
        boolean edited = f.flag("edited");
        return name == null ? null : new FileVenue(f.path(),
                new ComplaintVenue(null, name, kind, rule, period, countsFrom, notes, shipped, edited));
    }
}
