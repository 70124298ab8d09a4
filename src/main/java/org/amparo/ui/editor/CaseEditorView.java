package org.amparo.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** The case editor: a toolbar (save, print, export, move to trash, close), the five sections as tabs, a status line. */
public final class CaseEditorView {
    private final CaseEditorViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private ToolBar toolbar;

    public CaseEditorView(CaseEditorViewModel vm, Runnable print, Runnable export, Runnable delete, Runnable close) {
        this.vm = vm;
        BundleText w = vm.words();
        root.setId("caseEditor");
        root.getStyleClass().add("case-editor");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("tabCase", w.get("section.case"), new CaseSectionView(vm).node()),
                tab("tabPeople", w.get("section.people"), new PeopleSectionView(vm).node()),
                tab("tabViolations", w.get("section.violations"), new ViolationsSectionView(vm).node()),
                tab("tabTimeline", w.get("section.timeline"), new TimelineSectionView(vm).node()),
                tab("tabFilings", w.get("section.filings"), new FilingsSectionView(vm).node()));
        tabs.disableProperty().bind(vm.ready().not());
        root.setCenter(tabs);
        toolbar = toolbar(w, print, export, delete, close);
        root.setTop(toolbar);
        root.setBottom(statusLine());
    }

    public Parent root() {
        return root;
    }

    public CaseEditorViewModel viewModel() {
        return vm;
    }

    /** Another toolbar button after Print, for a saved case (e.g. its history, plugged in by the app). */
    public Button addCaseAction(String id, String text, Runnable action) {
        Button b = button(id, text, null, action);
        b.disableProperty().bind(vm.reference().isEmpty());
        toolbar.getItems().add(2, b);
        return b;
    }

    private ToolBar toolbar(BundleText w, Runnable print, Runnable export, Runnable delete, Runnable close) {
        Button save = button("saveCase", w.get("action.save"), "Ctrl+S", () -> vm.save(null));
        save.disableProperty().bind(vm.busy().or(vm.ready().not()));
        save.setDefaultButton(false);
        Button printButton = button("printTimeline", w.get("action.print"), "Ctrl+P", print);
        printButton.disableProperty().bind(vm.ready().not());
        Button exportButton = button("exportWorkbook", w.get("action.export"), "Ctrl+E", export);
        exportButton.disableProperty().bind(vm.busy().or(vm.ready().not())
                .or(vm.reference().isEmpty().and(vm.dirty().not())));
        Button trash = button("deleteCase", w.get("action.delete"), null, delete);
        trash.disableProperty().bind(vm.busy().or(vm.reference().isEmpty()));
        Button closeButton = button("closeCase", w.get("action.close"), "Ctrl+W", close);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(save, printButton, exportButton, spacer, trash, closeButton);
    }

    private HBox statusLine() {
        Label message = new Label();
        message.setId("editorMessage");
        message.getStyleClass().add("editor-message");
        message.textProperty().bind(vm.message());
        message.setWrapText(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.busy());
        HBox line = new HBox(8, progress, message);
        line.getStyleClass().add("editor-status");
        line.setPadding(new Insets(4, 10, 4, 10));
        return line;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    private static Button button(String id, String text, String keys, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        if (keys != null) {
            b.setTooltip(new Tooltip(keys));
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
