package org.amparo.ui.reference;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseTitle;
import org.amparo.domain.Officer;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.FormGrid;
import org.amparo.ui.common.Controls;

/** Officers, the form of the selected (or new) officer, and the cases that name them. */
final class OfficersPane {
    private final Node root;

    OfficersPane(ReferenceDataViewModel vm) {
        BundleText w = vm.words();
        OfficerForm f = vm.officer();
        ListView<Officer> list = Panes.list("officerList", vm.officers(),
                o -> o.badge() == null ? o.name() : o.name() + " (" + o.badge() + ")");
        list.setAccessibleText(w.get("tab.officers"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.editOfficer(b);
            }
        });
        FormGrid form = new FormGrid();
        form.add(w.get("field.name"), Panes.text("officerName", f.name()), f.error());
        form.add(w.get("field.badge"), Panes.text("officerBadge", f.badge()), null);
        ComboBox<Agency> agency = form.add(w.get("field.agency"), Panes.combo("officerAgency", Agency::name,
                w.get("none")), null);
        agency.setItems(vm.agencies());
        agency.valueProperty().bindBidirectional(f.agency());
        form.add(w.get("field.rank"), Panes.text("officerRank", f.rank()), null);
        form.add(w.get("field.otherNames"), Panes.text("officerOtherNames", f.otherNames()), null);
        form.add(w.get("field.notes"), Panes.text("officerNotes", f.notes()), null);
        ListView<CaseTitle> cases = Panes.list("officerCases", f.cases(), c -> c.reference() + "  " + c.title());
        cases.setPrefHeight(160);
        form.add(w.get("field.cases"), cases, null);
        VBox right = new VBox(Panes.buttons(Controls.button("saveOfficer", w.get("action.save"), vm::saveOfficer),
                Controls.button("newOfficer", w.get("action.new"), () -> {
                    list.getSelectionModel().clearSelection();
                    vm.editOfficer(null);
                })), form.node());
        root = Panes.split(list, right, 0.35);
    }

    Node node() {
        return root;
    }
}
