package org.amparo.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import org.amparo.domain.Agency;
import org.amparo.domain.Officer;
import org.amparo.domain.ViolationInForceStatus;

/**
 * The violations section: agency, optional officer, then the provision picker listing what was in force for the
 * agency on the incident date first, the rest marked "not in force then".
 */
final class ViolationsSectionView {
    private final ListDetail<ViolationRow> list;
    private final BundleText w;

    ViolationsSectionView(CaseEditorViewModel vm) {
        w = vm.words();
        ViolationsSection section = vm.violations();
        FormGrid form = new FormGrid();
        StringProperty agencyError = new SimpleStringProperty("");
        StringProperty provisionError = new SimpleStringProperty("");
        StringProperty hint = new SimpleStringProperty("");
        StringProperty reasons = new SimpleStringProperty("");
        StringProperty note = new SimpleStringProperty("");
        StringProperty summary = new SimpleStringProperty("");
        ComboBox<Agency> agency = form.add(w.get("field.agency"), Choices.agencies("violationAgency", w), agencyError);
        ComboBox<Officer> officer = form.add(w.get("field.officer"), Choices.officers("violationOfficer", w), null);
        ComboBox<ProvisionChoice> provision = form.add(w.get("field.provision"),
                Choices.combo("violationProvision", this::label, w.get("none")), provisionError);
        provision.setCellFactory(lv -> new ChoiceCell());
        form.note(hint, "field-reading");
        form.note(reasons, "field-warning");
        form.note(note, "field-warning");
        form.note(summary, "field-reading");
        TextArea what = form.add(w.get("field.whatHappened"), area("violationWhat"), null);
        TextArea evidence = form.add(w.get("field.evidence"), area("violationEvidence"), null);
        ComboSync<Officer> officers = new ComboSync<>(officer);
        ComboSync<ProvisionChoice> provisions = new ComboSync<>(provision);
        list = new ListDetail<>("violations", section.rows(), w.get("section.violations"), form.node(), (b, r) -> {
            agency.getItems().setAll(section.agencies());
            b.bind(agency.valueProperty(), r.agency());
            officers.attach(b, r.officer(), section.officersFor(r));
            provisions.attach(b, r.provision(), section.choicesFor(r));
            Runnable refresh = () -> {
                officers.refill(section.officersFor(r));
                provisions.refill(section.choicesFor(r));
                hint.set(r.agency().get() == null ? w.get("violations.pickAgencyFirst")
                        : vm.fields().incidentDate().value() == null ? w.get("violations.noIncidentDate") : "");
                reasons.set(section.reasonsFor(r));
            };
            javafx.beans.InvalidationListener changed = o -> refresh.run();
            r.agency().addListener(changed);
            vm.fields().incident().addListener(changed);
            b.onRelease(() -> {
                r.agency().removeListener(changed);
                vm.fields().incident().removeListener(changed);
                hint.set("");
                reasons.set("");
            });
            refresh.run();
            b.show(note, r.inForceNote());
            b.show(summary, Bindings.createStringBinding(() -> r.provision().get() == null ? ""
                    : CaseFields.nz(r.provision().get().provision().summary()), r.provision()));
            b.show(agencyError, r.errors().of("agencyId"));
            b.show(provisionError, r.errors().of("provisionId"));
            b.bind(what.textProperty(), r.whatHappened());
            b.bind(evidence.textProperty(), r.evidence());
        });
        list.column(w.get("violations.col.agency"), 0.35, r -> Bindings.createStringBinding(
                () -> r.agency().get() == null ? "" : r.agency().get().name(), r.agency()));
        list.column(w.get("violations.col.provision"), 0.45, r -> Bindings.createStringBinding(
                () -> r.provision().get() == null ? "" : r.provision().get().provision().title(), r.provision()));
        list.column(w.get("violations.col.check"), 0.2, r -> Bindings.createStringBinding(
                () -> status(r.provision().get()), r.provision()));
        list.button("addViolation", w.get("violations.add"), () -> list.select(section.add()));
        list.rowButton("removeViolation", w.get("violations.remove"), section::remove);
    }

    Node node() {
        return list.node();
    }

    static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    /** "VT-MODEL-2018 § IV.B · No prolonged stops — in force". */
    private String label(ProvisionChoice c) {
        String section = c.provision().sectionRef() == null || c.provision().sectionRef().isBlank() ? ""
                : " § " + c.provision().sectionRef();
        String st = status(c);
        return c.version().key() + section + " · " + c.provision().title() + (st.isEmpty() ? "" : " \u2014 " + st);
    }

    private String status(ProvisionChoice c) {
        if (c == null || c.status() == null) {
            return "";
        }
        return w.get(switch (c.status()) {
            case IN_FORCE -> "provision.inForce";
            case POSSIBLY_IN_FORCE -> "provision.possibly";
            case REPLACED_BY_LOCAL -> "provision.replaced";
            case NOT_IN_FORCE -> "provision.notInForce";
        });
    }

    /** A picker line; provisions not (surely) in force are greyed and marked. */
    private final class ChoiceCell extends ListCell<ProvisionChoice> {
        @Override
        protected void updateItem(ProvisionChoice c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll("provision-in-force", "provision-flagged", "provision-not-in-force");
            if (empty || c == null) {
                setText(null);
                return;
            }
            setText(label(c));
            getStyleClass().add(c.status() == ViolationInForceStatus.NOT_IN_FORCE ? "provision-not-in-force"
                    : c.flagged() ? "provision-flagged" : "provision-in-force");
        }
    }
}
