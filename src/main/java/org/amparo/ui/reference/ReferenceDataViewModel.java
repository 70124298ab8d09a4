package org.amparo.ui.reference;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.EditorContext;
import org.amparo.ui.editor.ReferenceData;

/**
 * Reference data: agencies (by parent), officers with their cases, FIPP versions and their provisions, adoptions.
 * Each form saves one row in one transaction in the background; shipped rows the user edits are marked so no
 * update of the shipped data overwrites them.
 */
public final class ReferenceDataViewModel {
    private final EditorContext ctx;
    private final BundleText words;
    private final ReferenceChecks checks;
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<PolicyVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<Provision> provisions = FXCollections.observableArrayList();
    private final ObservableList<AdoptionRow> adoptions = FXCollections.observableArrayList();
    private final AgencyForm agency = new AgencyForm();
    private final OfficerForm officer = new OfficerForm();
    private final PolicyForm policy;
    private final ProvisionForm provision = new ProvisionForm();
    private final AdoptionForm adoption;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper adoptionDeletable = new ReadOnlyBooleanWrapper(false);
    /** The saved adoption the form shows (null: a new one), the one "Delete adoption" removes. */
    private AdoptionRow shownAdoption;
    private ReferenceData data = new ReferenceData(java.util.List.of(), java.util.List.of(), java.util.List.of(),
            java.util.List.of(), java.util.List.of(), java.util.List.of());

    public ReferenceDataViewModel(EditorContext ctx) {
        this.ctx = ctx;
        this.words = new BundleText("org.amparo.ui.reference", ctx.locale());
        this.checks = new ReferenceChecks(words);
        this.policy = new PolicyForm(words.locale());
        this.adoption = new AdoptionForm(words.locale());
    }

    public BundleText words() { return words; }
    public ObservableList<Agency> agencies() { return agencies; }
    public ObservableList<Officer> officers() { return officers; }
    public ObservableList<PolicyVersion> versions() { return versions; }
    /** The provisions of the version chosen with {@link #editVersion}. */
    public ObservableList<Provision> provisions() { return provisions; }
    public ObservableList<AdoptionRow> adoptions() { return adoptions; }
    public AgencyForm agency() { return agency; }
    public OfficerForm officer() { return officer; }
    public PolicyForm policy() { return policy; }
    public ProvisionForm provision() { return provision; }
    public AdoptionForm adoption() { return adoption; }
    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
    /** True while the form shows a saved adoption, which can then be deleted. */
    public ReadOnlyBooleanProperty adoptionDeletable() { return adoptionDeletable.getReadOnlyProperty(); }

    /** Reads everything in the background. */
    public void refresh() {
        run(() -> ReferenceSnapshot.load(ctx.reference()), this::show, null);
    }

    public Agency agencyById(Long id) {
        return data.agency(id).orElse(null);
    }

    public void editAgency(Agency a) {
        agency.load(a, a == null ? null : agencyById(a.parentId()));
    }

    public void saveAgency() {
        if (checks.agency(agency, id -> agencyById(id))) {
            Agency a = agency.toAgency();
            run(() -> ctx.reference().saveAgency(a), saved -> {
                message.set(words.get("saved", saved.name()));
                refresh();
            }, agency.error);
        }
    }

    /** Shows an officer and looks up the cases that name them. */
    public void editOfficer(Officer o) {
        officer.load(o, o == null ? null : agencyById(o.agencyId()));
        if (o != null && o.id() != null) {
            long id = o.id();
            run(() -> ctx.lookups().casesOfOfficer(id), found -> {
                if (officer.id() != null && officer.id() == id) {
                    officer.cases.setAll(found);
                }
            }, null);
        }
    }

    public void saveOfficer() {
        if (checks.officer(officer)) {
            Officer o = officer.toOfficer();
            run(() -> ctx.reference().saveOfficer(o), saved -> {
                message.set(words.get("saved", saved.name()));
                refresh();
            }, officer.error);
        }
    }

    /** Shows a version (null: a new one) and its provisions. */
    public void editVersion(PolicyVersion v) {
        policy.load(v);
        provisions.setAll(v == null ? java.util.List.of()
                : data.provisions().stream().filter(p -> p.policyVersionId() == v.id()).toList());
        provision.load(null);
    }

    public void saveVersion() {
        if (checks.policy(policy)) {
            PolicyVersion v = policy.toVersion();
            run(() -> ctx.reference().savePolicyVersion(v), saved -> {
                message.set(words.get("saved", saved.key()));
                policy.load(saved);
                refresh();
            }, policy.error);
        }
    }

    public void editProvision(Provision p) {
        provision.load(p);
    }

    /** Saves the provision into the version shown (which must be saved first). */
    public void saveProvision() {
        long versionId = policy.id();
        if (checks.provision(provision, versionId)) {
            Provision p = provision.toProvision(versionId);
            run(() -> ctx.reference().saveProvision(p), saved -> {
                message.set(words.get("saved", saved.title()));
                provision.load(saved);
                refresh();
            }, provision.error);
        }
    }

    public void editAdoption(AdoptionRow row) {
        adoption.load(row == null ? null : row.adoption(), row == null ? null : row.agency(),
                row == null ? null : row.version(), row == null ? null : row.source());
        showAdoption(row);
    }

    public void saveAdoption() {
        if (checks.adoption(adoption)) {
            var a = adoption.toAdoption();
            String source = Texts.orNull(adoption.source.get());
            run(() -> {
                ctx.reference().saveAdoption(a, source);
                return a;
            }, saved -> {
                message.set(words.get("saved", adoption.agency.get().name()));
                showAdoption(new AdoptionRow(saved, adoption.agency.get(), adoption.version.get(), source));
                refresh();
            }, adoption.error);
        }
    }

    /** The question "Delete adoption…" asks before it deletes the adoption shown; empty when there is none. */
    public String deleteAdoptionQuestion() {
        return shownAdoption == null ? "" : words.get("confirm.deleteAdoption.text", adoptionName(shownAdoption));
    }

    /**
     * Deletes the adoption shown (after the user confirmed) in one transaction, then reads everything again:
     * which provisions are in force for that agency depends on its adoptions.
     */
    public void deleteAdoption() {
        AdoptionRow row = shownAdoption;
        if (row == null) {
            return;
        }
        long agencyId = row.adoption().agencyId();
        long versionId = row.adoption().policyVersionId();
        run(() -> ctx.reference().deleteAdoption(agencyId, versionId), deleted -> {
            message.set(words.get("deleted", adoptionName(row)));
            editAdoption(null);
            refresh();
        }, adoption.error, "deleteFailed");
    }

    private String adoptionName(AdoptionRow row) {
        return (row.agency() == null ? "" : row.agency().name()) + " \u2014 "
                + (row.version() == null ? "" : row.version().key());
    }

    private void showAdoption(AdoptionRow row) {
        shownAdoption = row;
        adoptionDeletable.set(row != null);
    }

    private void show(ReferenceSnapshot s) {
        data = s.data();
        agencies.setAll(data.agencies());
        officers.setAll(data.officers());
        versions.setAll(data.versions());
        adoptions.setAll(s.adoptions());
        if (shownAdoption != null) {
            AgencyAdoption shown = shownAdoption.adoption();
            showAdoption(s.adoptions().stream().filter(r -> r.adoption().agencyId() == shown.agencyId()
                    && r.adoption().policyVersionId() == shown.policyVersionId()).findFirst().orElse(null));
        }
        long shown = policy.id();
        provisions.setAll(data.provisions().stream().filter(p -> p.policyVersionId() == shown).toList());
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done,
                         javafx.beans.property.StringProperty errorField) {
        run(work, done, errorField, "saveFailed");
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done,
                         javafx.beans.property.StringProperty errorField, String failureKey) {
        busy.set(true);
        ctx.work().run(work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            String text = words.get(failureKey);
            message.set(text);
            if (errorField != null) {
                errorField.set(text);
            }
        });
    }
}
