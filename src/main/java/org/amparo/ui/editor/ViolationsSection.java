package org.amparo.ui.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyInForceReason;
import org.amparo.domain.PolicyInForceResult;
import org.amparo.domain.Violation;

/**
 * The violations section. The provision picker of a violation lists the provisions in force for its agency on
 * the incident date first and flags the others; a chosen provision keeps a note when it was not (surely) in force.
 */
public final class ViolationsSection {
    private final ObservableList<ViolationRow> rows = FXCollections.observableArrayList(ViolationRow::observables);
    private final BundleText rules;
    private ReferenceData ref = new ReferenceData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    private ApproximateDate incident;

    ViolationsSection(BundleText rules) {
        this.rules = rules;
    }

    public ObservableList<ViolationRow> rows() { return rows; }

    public List<Agency> agencies() {
        return ref.agencies();
    }

    public List<Officer> officersFor(ViolationRow row) {
        return ref.officersOf(row.agency().get());
    }

    /** The picker's list for this violation: in force first, then the rest marked. */
    public List<ProvisionChoice> choicesFor(ViolationRow row) {
        Agency a = row.agency().get();
        return ProvisionChoices.forViolation(ref, a == null ? null : a.id(), incident);
    }

    /** Why the in-force answer for this violation needs a look (approximate date, unknown adoption...), or "". */
    public String reasonsFor(ViolationRow row) {
        Agency a = row.agency().get();
        PolicyInForceResult answer = ProvisionChoices.answer(ref, a == null ? null : a.id(), incident);
        if (answer == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (PolicyInForceReason r : answer.reasons()) {
            sb.append(sb.length() == 0 ? "" : " ").append(rules.get(r.messageKey()));
        }
        return sb.toString();
    }

    public ViolationRow add() {
        ViolationRow row = new ViolationRow(null);
        watch(row);
        rows.add(row);
        return row;
    }

    public void remove(ViolationRow row) {
        rows.remove(row);
    }

    void use(ReferenceData data) {
        this.ref = data;
    }

    ReferenceData reference() {
        return ref;
    }

    /** The incident date changed: every chosen provision is checked again. */
    void incidentChanged(ApproximateDate date) {
        this.incident = date;
        rows.forEach(this::recheck);
    }

    void show(List<Violation> violations) {
        rows.clear();
        for (Violation v : violations) {
            ViolationRow row = new ViolationRow(v.id());
            row.agency().set(ref.agency(v.agencyId()).orElse(null));
            row.officer().set(ref.officer(v.officerId()).orElse(null));
            row.provision().set(choicesFor(row).stream().filter(c -> c.provision().id() == v.provisionId())
                    .findFirst().orElse(null));
            row.whatHappened().set(CaseFields.nz(v.whatHappened()));
            row.evidence().set(CaseFields.nz(v.evidence()));
            watch(row);
            recheck(row);
            rows.add(row);
        }
    }

    private void watch(ViolationRow row) {
        row.agency().addListener((o, a, b) -> recheck(row));
        row.provision().addListener((o, a, b) -> note(row));
    }

    /** Replaces the chosen provision's status with the answer for the row's agency and the incident date. */
    private void recheck(ViolationRow row) {
        ProvisionChoice chosen = row.provision().get();
        if (chosen != null) {
            row.provision().set(choicesFor(row).stream()
                    .filter(c -> c.provision().id().equals(chosen.provision().id())).findFirst().orElse(chosen));
        }
        note(row);
    }

    private void note(ViolationRow row) {
        ProvisionChoice c = row.provision().get();
        row.inForceNote().set(c == null || !c.flagged() ? "" : rules.get(c.status().messageKey()));
    }
}
