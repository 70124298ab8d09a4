package org.amparo.ui.timeline;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.amparo.domain.CaseRecord;
import org.amparo.service.Messages;
import org.amparo.service.timeline.PaperSize;
import org.amparo.service.timeline.TimelinePage;
import org.amparo.service.timeline.TimelineService;

/**
 * The print preview: the pages as they will print, with language, paper and pseudonyms to choose, page
 * by page navigation (Page Up / Page Down), Print… (Ctrl+P) and Save as PDF… (Ctrl+S). Open it with
 * {@link #open(Window, TimelineService, Locale, String)} or build it around a view model.
 */
public final class TimelinePreviewView {
    private final TimelinePreviewViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane sheetHolder = new StackPane();
    private final ScrollPane scroll = new ScrollPane(sheetHolder);

    public TimelinePreviewView(TimelinePreviewViewModel vm) {
        this.vm = vm;
        Messages w = vm.words();
        root.setId("timelinePreview");
        root.setTop(toolbar(w));
        sheetHolder.setPadding(new Insets(20));
        sheetHolder.setAlignment(Pos.TOP_CENTER);
        sheetHolder.setStyle("-fx-background-color: #6b6b6b;");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        root.setBottom(statusLine());
        vm.pageProperty().addListener((o, a, b) -> showPage(b));
        scroll.viewportBoundsProperty().addListener((o, a, b) -> showPage(vm.pageProperty().get()));
        showPage(vm.pageProperty().get());
    }

    /** Opens the preview in its own window over the owner, for a saved case. */
    public static Stage open(Window owner, TimelineService service, Locale uiLanguage, String caseReference) {
        TimelinePreviewViewModel vm = new TimelinePreviewViewModel(service, uiLanguage);
        Stage stage = new TimelinePreviewView(vm).showIn(owner, caseReference);
        vm.open(caseReference);
        return stage;
    }

    /** Opens the preview for the case as the editor holds it. */
    public static Stage open(Window owner, TimelineService service, Locale uiLanguage, CaseRecord c) {
        TimelinePreviewViewModel vm = new TimelinePreviewViewModel(service, uiLanguage);
        Stage stage = new TimelinePreviewView(vm).showIn(owner, c.reference());
        vm.open(c);
        return stage;
    }

    public Parent root() {
        return root;
    }

    public TimelinePreviewViewModel viewModel() {
        return vm;
    }

    /** Shows the view in a new window over the owner; Escape closes it. */
    public Stage showIn(Window owner, String caseReference) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(vm.words().get("timeline.preview.title", caseReference == null ? "" : caseReference));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(900, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        installKeys(scene, stage);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    void installKeys(Scene scene, Stage stage) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), vm::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), vm::previousPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::savePdf);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
    }

    private ToolBar toolbar(Messages w) {
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("timelineLanguage");
        language.getItems().setAll(List.of(Locale.ENGLISH, new Locale("es")));
        language.setConverter(converter(l -> "es".equals(l.getLanguage()) ? "Español" : "English"));
        language.valueProperty().bindBidirectional(vm.languageProperty());

        ChoiceBox<PaperSize> paper = new ChoiceBox<>();
        paper.setId("timelinePaper");
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(converter(p -> w.get("timeline.preview.paper." + p.name())));
        paper.valueProperty().bindBidirectional(vm.paperProperty());

        CheckBox redact = new CheckBox(w.get("timeline.preview.redact"));
        redact.setId("timelineRedact");
        redact.selectedProperty().bindBidirectional(vm.redactedProperty());

        Button print = button("timelinePrint", w.get("timeline.preview.print"), this::print);
        Button save = button("timelineSavePdf", w.get("timeline.preview.savePdf"), this::savePdf);
        print.disableProperty().bind(Bindings.or(vm.busyProperty(), vm.documentProperty().isNull()));
        save.disableProperty().bind(print.disableProperty());
        print.setDefaultButton(true);
        Button close = button("timelineClose", w.get("timeline.preview.close"), () -> {
            Window window = root.getScene() == null ? null : root.getScene().getWindow();
            if (window instanceof Stage s) {
                s.close();
            }
        });
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(new Label(w.get("timeline.preview.language")), language,
                new Label(w.get("timeline.preview.paper")), paper, redact, spacer, print, save, close);
        bar.getItems().forEach(n -> {
            if (n instanceof Region r && r != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    /** Bottom line: progress and message on the left, page navigation on the right. */
    /** Bottom line: progress and message on the left, page navigation on the right. */
    private HBox statusLine() {
        Messages w = vm.words();
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("timelineMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Button previous = button("timelinePrevious", "◀", vm::previousPage);
        previous.setTooltip(new Tooltip(w.get("timeline.preview.previous") + " (Page Up)"));
        previous.setAccessibleText(w.get("timeline.preview.previous"));
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        Button next = button("timelineNext", "▶", vm::nextPage);
        next.setTooltip(new Tooltip(w.get("timeline.preview.next") + " (Page Down)"));
        next.setAccessibleText(w.get("timeline.preview.next"));
        next.disableProperty().bind(vm.hasNextProperty().not());
        Label pageLabel = new Label();
        pageLabel.setId("timelinePageLabel");
        pageLabel.textProperty().bind(vm.pageLabelProperty());
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);

        HBox box = new HBox(8, progress, message, previous, pageLabel, next);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        return box;
    }

    private void showPage(TimelinePage page) {
        if (page == null) {
            sheetHolder.getChildren().clear();
            return;
        }
        Pane sheet = TimelinePageNode.of(page);
        sheet.setEffect(new DropShadow(10, javafx.scene.paint.Color.gray(0, 0.5)));
        double available = scroll.getViewportBounds().getWidth() - 90; // padding and the shadow
        double zoom = available <= 0 ? 1 : Math.max(0.5, Math.min(1.6, available / page.width()));
        sheet.setScaleX(zoom);
        sheet.setScaleY(zoom);
        sheetHolder.getChildren().setAll(new Group(sheet));
    }

    private void print() {
        if (vm.documentProperty().get() != null && !vm.busyProperty().get()) {
            TimelinePrintJob.print(vm.documentProperty().get(), root.getScene().getWindow(), vm);
        }
    }

    private void savePdf() {
        if (vm.documentProperty().get() == null || vm.busyProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.words().get("timeline.preview.savePdf"));
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                vm.words().get("timeline.preview.pdfFiles"), "*.pdf"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            vm.savePdf(file.toPath());
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
