package org.amparo.ui.reference;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import org.amparo.domain.Agency;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.FormGrid;
import org.amparo.ui.common.Controls;

/** Agencies as a tree by parent, and the form of the selected (or new) agency. */
final class AgenciesPane {
    private final ReferenceDataViewModel vm;
    private final TreeView<Agency> tree = new TreeView<>(new TreeItem<>());
    private final Node root;

    AgenciesPane(ReferenceDataViewModel vm) {
        this.vm = vm;
        BundleText w = vm.words();
        AgencyForm f = vm.agency();
        tree.setId("agencyTree");
        tree.setShowRoot(false);
        tree.setAccessibleText(w.get("tab.agencies"));
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Agency a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.name());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.editAgency(b.getValue());
            }
        });
        vm.agencies().addListener((ListChangeListener<Agency>) c -> rebuild());
        FormGrid form = new FormGrid();
        form.add(w.get("field.name"), Panes.text("agencyName", f.name()), f.error());
        form.add(w.get("field.kind"), Panes.text("agencyKind", f.kind()), null);
        ComboBox<Agency> parent = form.add(w.get("field.parent"), Panes.combo("agencyParent", Agency::name,
                w.get("none")), null);
        parent.setItems(vm.agencies());
        parent.valueProperty().bindBidirectional(f.parent());
        form.add(w.get("field.parentName"), Panes.text("agencyParentName", f.parentName()), null);
        form.add(w.get("field.area"), Panes.text("agencyArea", f.area()), null);
        form.add(w.get("field.notes"), Panes.text("agencyNotes", f.notes()), null);
        StringProperty shipped = new SimpleStringProperty("");
        f.name().addListener((o, a, b) -> shipped.set(f.base() != null && f.base().shipped() ? w.get("shipped") : ""));
        form.note(shipped, "field-reading");
        VBox right = new VBox(Panes.buttons(Controls.button("saveAgency", w.get("action.save"), vm::saveAgency),
                Controls.button("newAgency", w.get("action.new"), () -> {
                    tree.getSelectionModel().clearSelection();
                    vm.editAgency(null);
                })), form.node());
        root = Panes.split(tree, right, 0.4);
    }

    Node node() {
        return root;
    }

    /** Rebuilds the tree: each agency under its parent, agencies without a listed parent at the top. */
    private void rebuild() {
        Map<Long, TreeItem<Agency>> items = new HashMap<>();
        for (Agency a : vm.agencies()) {
            TreeItem<Agency> item = new TreeItem<>(a);
            item.setExpanded(true);
            items.put(a.id(), item);
        }
        tree.getRoot().getChildren().clear();
        for (Agency a : vm.agencies()) {
            TreeItem<Agency> parent = a.parentId() == null ? null : items.get(a.parentId());
            (parent == null ? tree.getRoot() : parent).getChildren().add(items.get(a.id()));
        }
    }
}
