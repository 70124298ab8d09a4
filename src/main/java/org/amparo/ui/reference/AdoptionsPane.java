package org.amparo.ui.reference;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.amparo.domain.Agency;
import org.amparo.domain.Certainty;
import org.amparo.domain.PolicyVersion;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.DateText;
import org.amparo.ui.editor.FormGrid;
import org.amparo.ui.common.Controls;

/** Which policy version each agency followed from when to when, with the source and how sure it is. */
final class AdoptionsPane {
    private final Node root;

    AdoptionsPane(ReferenceDataViewModel vm) {
        BundleText w = vm.words();
        AdoptionForm f = vm.adoption();
        TableView<AdoptionRow> table = new TableView<>(vm.adoptions());
        table.setId("adoptionTable");
        table.setAccessibleText(w.get("tab.adoptions"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        PoliciesPane.column(table, w.get("col.agency"), r -> r.agency() == null ? "" : r.agency().name());
        PoliciesPane.column(table, w.get("col.version"), r -> r.version() == null ? "" : r.version().key());
        PoliciesPane.column(table, w.get("col.from"), r -> DateText.show(r.adoption().adoptedFrom(), w.locale()));
        PoliciesPane.column(table, w.get("col.to"), r -> DateText.show(r.adoption().adoptedTo(), w.locale()));
        PoliciesPane.column(table, w.get("col.certainty"), r -> w.of("certainty", r.adoption().certainty()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.editAdoption(b);
            }
        });
        FormGrid form = new FormGrid();
        ComboBox<Agency> agency = form.add(w.get("field.agency"), Panes.combo("adoptionAgency", Agency::name,
                w.get("none")), f.error());
        agency.setItems(vm.agencies());
        agency.valueProperty().bindBidirectional(f.agency());
        ComboBox<PolicyVersion> version = form.add(w.get("field.version"), Panes.combo("adoptionVersion",
                v -> v.key() + " \u2014 " + v.name(), w.get("none")), null);
        version.setItems(vm.versions());
        version.valueProperty().bindBidirectional(f.version());
        TextField from = form.add(w.get("field.adoptedFrom"), Panes.text("adoptionFrom", f.from()), null);
        from.setPromptText(w.get("field.adoptedFrom.prompt"));
        form.add(w.get("field.adoptedTo"), Panes.text("adoptionTo", f.to()), null);
        form.add(w.get("field.source"), Panes.text("adoptionSource", f.source()), null);
        ComboBox<Certainty> certainty = form.add(w.get("field.certainty"),
                Panes.combo("adoptionCertainty", c -> w.of("certainty", c), ""), null);
        certainty.getItems().setAll(Certainty.values());
        certainty.valueProperty().bindBidirectional(f.certainty());
        Button delete = Controls.button("deleteAdoption", w.get("action.deleteAdoption"), () -> confirmDelete(vm, table));
        delete.disableProperty().bind(vm.adoptionDeletable().not().or(vm.busy()));
        VBox right = new VBox(Panes.buttons(Controls.button("saveAdoption", w.get("action.save"), vm::saveAdoption),
                Controls.button("newAdoption", w.get("action.new"), () -> {
                    table.getSelectionModel().clearSelection();
                    vm.editAdoption(null);
                }), delete), form.node());
        root = Panes.split(table, right, 0.55);
    }

    /** Asks before deleting the adoption shown; the agency's provisions in force change with it. */
    private static void confirmDelete(ReferenceDataViewModel vm, TableView<AdoptionRow> table) {
        String question = vm.deleteAdoptionQuestion();
        if (question.isEmpty()) {
            return;
        }
        BundleText w = vm.words();
        ButtonType ok = new ButtonType(w.get("confirm.deleteAdoption.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(w.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ok, cancel);
        alert.initOwner(table.getScene().getWindow());
        alert.setTitle(w.get("confirm.deleteAdoption.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("referenceDialog");
        // Enter keeps the adoption: deleting needs the Delete button itself
        ((Button) alert.getDialogPane().lookupButton(ok)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            table.getSelectionModel().clearSelection();
            vm.deleteAdoption();
        }
    }

    Node node() {
        return root;
    }
}
