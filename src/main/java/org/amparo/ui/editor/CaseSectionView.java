package org.amparo.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.amparo.domain.CaseStatus;

/** The case section's form. */
final class CaseSectionView {
    private final ScrollPane root;

    CaseSectionView(CaseEditorViewModel vm) {
        BundleText w = vm.words();
        CaseFields f = vm.fields();
        FormGrid form = new FormGrid();
        form.add(w.get("field.title"), text("caseTitle", f.title()), f.errors().of("title"));
        ComboBox<CaseStatus> status = Choices.of("caseStatus", CaseStatus.values(), w, "status");
        status.valueProperty().bindBidirectional(f.status());
        form.add(w.get("field.status"), status, f.errors().of("status"));
        TextField incident = form.add(w.get("field.incident"), text("caseIncident", f.incident()),
                f.errors().of("incidentDate"));
        incident.setPromptText(w.get("field.incident.prompt"));
        form.note(f.incidentReading(), "field-reading");
        form.add(w.get("field.place"), text("casePlace", f.place()), null);
        TextArea narrative = new TextArea();
        narrative.setId("caseNarrative");
        narrative.setWrapText(true);
        narrative.setPrefRowCount(7);
        narrative.textProperty().bindBidirectional(f.narrative());
        form.add(w.get("field.narrative"), narrative, null);
        form.add(w.get("field.intake"), text("caseIntake", f.intake()), f.errors().of("intakeDate"))
                .setPromptText(w.get("field.day.prompt"));
        form.add(w.get("field.outcome"), text("caseOutcome", f.outcome()), null);
        form.add(w.get("field.settlementAmount"), text("caseSettlementAmount", f.settlementAmount()),
                f.errors().of("settlementAmount"));
        form.add(w.get("field.settlementDate"), text("caseSettlementDate", f.settlementDate()),
                f.errors().of("settlementDate")).setPromptText(w.get("field.day.prompt"));
        form.add(w.get("field.tags"), text("caseTags", f.tags()), null).setPromptText(w.get("field.tags.prompt"));
        root = new ScrollPane(form.node());
        root.setFitToWidth(true);
    }

    Node node() {
        return root;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }
}
