package org.amparo.service.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.service.timeline.NameRedaction;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.RegisterCase;
import org.amparo.store.cases.RegisterPatterns;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.cases.RegisterViolations;

/**
 * The Cases and Violations sheets of the register: one row per case and one per violation, streamed from the
 * vault page by page into the file. Redacted, people are listed by pseudonym and their names are replaced in
 * titles and outcomes.
 */
final class RegisterSheets {
    private RegisterSheets() {
    }

    /** @param written counts the case rows written */
    static SheetPlan cases(RegisterReader reader, CaseQuery q, ExportWords w, boolean redact, AtomicLong written) {
        List<Column> columns = w.columns("cases.col.", "reference", 11, "incidentDate", 20, "earliest", 12,
                "year", 7, "title", 40, "people", 28, "agency", 32, "topic", 18, "status", 20, "outcome", 30,
                "settlement", 14);
        // read on a thread of their own while this one makes and writes the rows: both cores at work
        // (the reading thread only reads: decrypting the vault's pages is the longest work of the export)
        return SheetPlan.table(w.get("sheet.cases"), columns, 0, sink -> Prefetch.<RegisterCase>run("cases",
                cases -> reader.forEachCase(q, redact, cases), c -> {
                    sink.row(caseRow(c, w, redact));
                    written.incrementAndGet();
                }));
    }

    private static List<Cell> caseRow(RegisterCase c, ExportWords w, boolean redact) {
        NameRedaction names = redact ? NameRedaction.of(c.parties(), w.locale()) : NameRedaction.none();
        String people = c.people();
        if (redact) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < c.parties().size(); i++) {
                labels.add(NameRedaction.label(c.parties().get(i).person(), i, w.locale()));
            }
            people = String.join(", ", labels);
        }
        return List.of(Cell.text(c.reference()), date(c.incident(), w), CaseFacts.earliest(c.incident()), year(c.incident()),
                Cell.longText(names.apply(c.title())), Cell.longText(people), Cell.longText(c.agency()),
                Cell.text(c.topic()), Cell.text(w.get("timeline.status." + c.status().name())),
                Cell.longText(names.apply(c.outcome())), Cell.money(c.settlement()));
    }

    /**
     * The Violations sheet, written on its own thread beside the Cases sheet: the matching cases' keys from the
     * narrow index, each case's violations from memory; every violation is also added to {@code patterns}.
     */
    static SheetPlan violations(RegisterReader reader, CaseQuery q, ExportWords w,
                                TimelineReferences ref, RegisterPatterns.Tally patterns) {
        List<Column> columns = w.columns("register.col.", "reference", 11, "incidentDate", 20, "earliest", 12,
                "year", 7, "agency", 34, "parent", 28, "officer", 24, "policy", 34, "topic", 18, "section", 10);
        // this sheet's thread writes while one more reads, makes the rows and tallies the patterns
        return SheetPlan.table(w.get("sheet.violations"), columns, 0, sink -> Prefetch.<List<Cell>>run(
                "violations", rows -> {
                    RegisterViolations all = reader.violations();
                    reader.forEachCaseKey(q, c -> all.forCase(c.id(), (provisionId, agencyId, officerId) -> {
                        Provision p = ref.provisions().get(provisionId);
                        PolicyVersion policy = p == null ? null : ref.policies().get(p.policyVersionId());
                        Officer o = ref.officer(officerId);
                        rows.accept(List.of(Cell.text(c.reference()), date(c.incident(), w), CaseFacts.earliest(c.incident()),
                                year(c.incident()), Cell.longText(ref.agencyName(agencyId)),
                                Cell.longText(parentName(ref, agencyId)), Cell.text(o == null ? null : o.name()),
                                Cell.longText(policy == null ? null : policy.name()),
                                Cell.text(p == null ? null : p.topic()), Cell.text(p == null ? null : p.sectionRef())));
                        patterns.add(c.id(), p == null ? null : p.topic(), agencyId, officerId,
                                RegisterPatterns.Tally.year(c.incident() == null ? null : c.incident().earliest()));
                    }));
                }, row -> sink.row(row))).inParallel();
    }

    static String parentName(TimelineReferences ref, long agencyId) {
        Agency a = ref.agencies().get(agencyId);
        if (a == null) {
            return null;
        }
        return a.parentId() != null ? ref.agencyName(a.parentId()) : a.parentName();
    }

    static Cell date(ApproximateDate d, ExportWords w) {
        if (d == null) {
            return Cell.empty();
        }
        return d.isApproximate() ? Cell.text(org.amparo.domain.ApproximateDateText.display(d, w.locale()))
                : Cell.date(d.earliest());
    }

    static Cell year(ApproximateDate d) {
        return d == null ? Cell.empty() : Cell.count(d.earliest().getYear());
    }
}
