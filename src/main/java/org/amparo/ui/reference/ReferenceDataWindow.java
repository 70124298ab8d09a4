package org.amparo.ui.reference;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.ui.common.Controls;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.EditorContext;

/** The reference-data window: agencies, officers, policies and provisions, adoptions. Esc closes it. */
public final class ReferenceDataWindow {
    private final ReferenceDataViewModel vm;
    private final Stage stage = new Stage();

    private ReferenceDataWindow(Window owner, EditorContext ctx) {
        vm = new ReferenceDataViewModel(ctx);
        BundleText w = vm.words();
        TabPane tabs = new TabPane(tab("tabAgencies", w.get("tab.agencies"), new AgenciesPane(vm).node()),
                tab("tabOfficers", w.get("tab.officers"), new OfficersPane(vm).node()),
                tab("tabPolicies", w.get("tab.policies"), new PoliciesPane(vm).node()),
                tab("tabAdoptions", w.get("tab.adoptions"), new AdoptionsPane(vm).node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label message = new Label();
        message.setId("referenceMessage");
        message.textProperty().bind(vm.message());
        BorderPane root = new BorderPane(tabs);
        root.setBottom(message);
        root.getStyleClass().add("reference-window");
        message.getStyleClass().add("editor-status");
        message.setMaxWidth(Double.MAX_VALUE);
        Controls.ownedWindow(stage, owner, root, 1100, 680, w.get("reference.title"));
    }

    /** Opens the window over the owner and reads the reference data in the background. */
    public static ReferenceDataWindow open(Window owner, EditorContext ctx) {
        ReferenceDataWindow r = new ReferenceDataWindow(owner, ctx);
        r.stage.show();
        r.vm.refresh();
        return r;
    }


    public Stage stage() {
        return stage;
    }

    public ReferenceDataViewModel viewModel() {
        return vm;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}
