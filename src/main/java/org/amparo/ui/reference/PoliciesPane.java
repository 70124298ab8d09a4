package org.amparo.ui.reference;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.FormGrid;
import org.amparo.ui.common.Controls;

/** FIPP versions; the selected version's dates and its provisions (section numbers and text). */
final class PoliciesPane {
    private final Node root;

    PoliciesPane(ReferenceDataViewModel vm) {
        BundleText w = vm.words();
        PolicyForm pf = vm.policy();
        ProvisionForm f = vm.provision();
        ListView<PolicyVersion> versions = Panes.list("versionList", vm.versions(), v -> v.key() + " \u2014 " + v.name());
        versions.setAccessibleText(w.get("tab.policies"));
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.editVersion(b);
            }
        });
        FormGrid versionForm = new FormGrid();
        versionForm.add(w.get("field.key"), Panes.text("versionKey", pf.key()), pf.error());
        versionForm.add(w.get("field.name"), Panes.text("versionName", pf.name()), null);
        ComboBox<PolicyScope> scope = versionForm.add(w.get("field.scope"),
                Panes.combo("versionScope", s -> w.of("scope", s), ""), null);
        scope.getItems().setAll(PolicyScope.values());
        scope.valueProperty().bindBidirectional(pf.scope());
        versionForm.add(w.get("field.from"), Panes.text("versionFrom", pf.from()), null);
        versionForm.add(w.get("field.to"), Panes.text("versionTo", pf.to()), null);

        TableView<Provision> provisions = new TableView<>(vm.provisions());
        provisions.setId("provisionTable");
        provisions.setAccessibleText(w.get("field.section"));
        provisions.setPrefHeight(170);
        provisions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(provisions, w.get("col.section"), p -> p.sectionRef() == null ? "" : p.sectionRef());
        column(provisions, w.get("col.topic"), Provision::topic);
        column(provisions, w.get("col.title"), Provision::title);
        provisions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.editProvision(b);
            }
        });
        FormGrid provisionForm = new FormGrid();
        provisionForm.add(w.get("field.section"), Panes.text("provisionSection", f.section()), f.error());
        provisionForm.add(w.get("field.topic"), Panes.text("provisionTopic", f.topic()), null);
        provisionForm.add(w.get("field.title"), Panes.text("provisionTitle", f.title()), null);
        TextArea summary = new TextArea();
        summary.setId("provisionSummary");
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bindBidirectional(f.summary());
        provisionForm.add(w.get("field.summary"), summary, null);
        provisionForm.add(w.get("field.provisionKind"), Panes.text("provisionKind", f.kind()), null);
        VBox right = new VBox(
                Panes.buttons(Controls.button("saveVersion", w.get("action.save"), vm::saveVersion),
                        Controls.button("newVersion", w.get("action.newVersion"), () -> {
                            versions.getSelectionModel().clearSelection();
                            vm.editVersion(null);
                        })),
                versionForm.node(), provisions,
                Panes.buttons(Controls.button("saveProvision", w.get("action.save"), vm::saveProvision),
                        Controls.button("newProvision", w.get("action.newProvision"), () -> {
                            provisions.getSelectionModel().clearSelection();
                            vm.editProvision(null);
                        })),
                provisionForm.node());
        root = Panes.split(versions, right, 0.3);
    }

    Node node() {
        return root;
    }

    static <T> void column(TableView<T> table, String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> Bindings.createStringBinding(() -> value.apply(cd.getValue())));
        table.getColumns().add(c);
    }
}
