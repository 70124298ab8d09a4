package org.amparo.ui.export;

import static org.amparo.ui.common.Controls.button;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.service.Messages;
import org.amparo.ui.common.LanguageChoice;

/**
 * The export dialog: where to save the .xlsx, redaction, password (twice), language of the headings, then a
 * progress bar and Cancel while the export runs, and one line saying how it went. Only binds the view model.
 */
public final class ExportDialog {
    private final ExportViewModel vm;
    private final Stage stage = new Stage();

    private ExportDialog(Window owner, ExportViewModel vm, String scope) {
        this.vm = vm;
        Messages w = vm.words();
        TextField target = new TextField();
        target.setId("exportTarget");
        target.textProperty().bindBidirectional(vm.target());
        target.setAccessibleText(w.get("export.target"));
        target.setPrefColumnCount(36);
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = button("exportChoose", w.get("export.choose"), this::choose);
        CheckBox redact = check("exportRedact", w.get("export.redact"));
        redact.selectedProperty().bindBidirectional(vm.redact());
        CheckBox protect = check("exportProtect", w.get("export.protect"));
        protect.selectedProperty().bindBidirectional(vm.protect());
        PasswordField password = password("exportPassword", w.get("export.password"));
        password.textProperty().bindBidirectional(vm.password());
        PasswordField again = password("exportPasswordAgain", w.get("export.passwordAgain"));
        again.textProperty().bindBidirectional(vm.passwordAgain());
        password.disableProperty().bind(vm.protect().not());
        again.disableProperty().bind(vm.protect().not());
        ChoiceBox<java.util.Locale> language = LanguageChoice.create(vm.language(), w.get("export.language"));
        language.setId("exportLanguage");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label(w.get("export.target"), target), new HBox(6, target, choose));
        form.add(redact, 1, 1);
        form.add(protect, 1, 2);
        form.addRow(3, label(w.get("export.password"), password), password);
        form.addRow(4, label(w.get("export.passwordAgain"), again), again);
        form.addRow(5, label(w.get("export.language"), language), language);
        form.disableProperty().bind(vm.running());

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setAccessibleText(w.get("export.progress"));
        progress.progressProperty().bind(vm.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.running().or(vm.succeeded()));
        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        message.setAccessibleText(w.get("export.progress"));

        Button start = button("exportStart", w.get("export.start"), this::start);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.running());
        Button cancel = button("exportCancel", w.get("export.cancel"), this::cancelOrClose);
        cancel.setCancelButton(true);
        cancel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.running())
                .then(w.get("export.cancel")).otherwise(w.get("export.close")));
        cancel.accessibleTextProperty().bind(cancel.textProperty());
        HBox buttons = new HBox(8, start, cancel);

        VBox root = new VBox(12, new Label(scope), form, progress, message, buttons);
        root.setId("exportDialog");
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                ExportDialog.class.getResource("/org/amparo/ui/amparo.css")).toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelOrClose();
            }
        });
        stage.setScene(scene);
        stage.setTitle(vm.title());
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(e -> vm.cancel()); // closed by a lock: stop, leave no file
        stage.setOnCloseRequest(e -> {
            if (vm.running().get()) {
                e.consume();
                vm.cancel();
            }
        });
    }

    /** Opens the dialog for the workbook of one saved case. */
    public static ExportDialog openCase(Window owner, ExportServices services, String caseReference,
                                        java.util.Locale locale) {
        ExportViewModel vm = ExportViewModel.forCase(services, caseReference, locale);
        return show(owner, vm, vm.title());
    }

    /** Opens the dialog for the register of the cases the list's filters select. */
    public static ExportDialog openRegister(Window owner, ExportServices services,
                                            org.amparo.domain.CaseQuery filters, java.util.Locale locale) {
        ExportViewModel vm = ExportViewModel.forRegister(services, filters, locale);
        return show(owner, vm, vm.words().get("export.scope.register", vm.scope()));
    }

    private static ExportDialog show(Window owner, ExportViewModel vm, String scope) {
        ExportDialog d = new ExportDialog(owner, vm, scope);
        d.stage.show();
        d.stage.getScene().lookup("#exportStart").requestFocus();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    public ExportViewModel viewModel() {
        return vm;
    }

    private void start() {
        vm.start();
    }

    private void cancelOrClose() {
        if (vm.running().get()) {
            vm.cancel();
        } else {
            stage.close();
        }
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.words().get("export.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(vm.words().get("export.chooser.filter"),
                "*.xlsx"));
        Path now = vm.targetPath();
        if (now != null) {
            File folder = now.toAbsolutePath().getParent() == null ? null : now.toAbsolutePath().getParent().toFile();
            if (folder != null && folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
            chooser.setInitialFileName(String.valueOf(now.getFileName()));
        }
        File chosen = chooser.showSaveDialog(stage);
        vm.chose(chosen == null ? null : chosen.toPath());
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    private static CheckBox check(String id, String text) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setAccessibleText(text);
        return c;
    }

    private static PasswordField password(String id, String text) {
        PasswordField p = new PasswordField();
        p.setId(id);
        p.setAccessibleText(text);
        return p;
    }

}
