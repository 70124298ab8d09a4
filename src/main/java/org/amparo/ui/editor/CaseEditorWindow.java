package org.amparo.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.domain.CaseReference;
import org.amparo.ui.common.Controls;
import org.amparo.ui.export.ExportDialog;
import org.amparo.ui.timeline.TimelinePreviewView;

/**
 * A case editor window. Open one with {@link #open}; the main window asks {@link #hasUnsavedWork()} before an idle
 * lock and calls {@link #closeAll()} when it locks. Ctrl+S saves, Ctrl+W or Esc closes (asking when there are
 * unsaved changes), Ctrl+P prints the timeline,
 * Ctrl+E exports the saved case's Excel workbook.
 */
public final class CaseEditorWindow {
    private static final List<CaseEditorWindow> OPEN = new ArrayList<>();
    /** The "History…" button's label and action (the app plugs it in; without it there is no button). */
    private static CaseAction history;
    private final CaseEditorViewModel vm;
    private final Stage stage = new Stage();

    private CaseEditorWindow(Window owner, EditorContext ctx) {
        vm = new CaseEditorViewModel(ctx);
        CaseEditorView view = new CaseEditorView(vm, this::print, this::export, this::delete, this::requestClose);
        if (history != null) {
            CaseAction h = history;
            view.addCaseAction("caseHistory", h.label().apply(ctx.locale()), () -> h.run().accept(stage,
                    vm.reference().get()));
        }
        Controls.ownedWindow(stage, owner, view.root(), 1180, 700, vm.windowTitle().get());
        Scene scene = stage.getScene();
        // Esc closes as the other windows do, but through the same question about unsaved changes as Ctrl+W
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::requestClose);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> vm.save(null));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), this::requestClose);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::export);
        stage.titleProperty().bind(vm.windowTitle());
        vm.ready().addListener((o, a, b) -> {
            if (b) {
                javafx.scene.Node title = scene.lookup("#caseTitle");
                if (title != null) {
                    title.requestFocus();
                }
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    /**
     * Opens the editor for a saved case, or for a new case when {@code reference} is null. A case already open is
     * brought to the front instead of opened twice.
     */
    public static CaseEditorWindow open(Window owner, EditorContext ctx, CaseReference reference) {
        String ref = reference == null ? null : reference.toString();
        if (ref != null) {
            for (CaseEditorWindow w : OPEN) {
                if (ref.equals(w.vm.reference().get())) {
                    w.stage.toFront();
                    return w;
                }
            }
        }
        CaseEditorWindow w = new CaseEditorWindow(owner, ctx);
        OPEN.add(w);
        w.stage.show();
        w.vm.open(ref);
        return w;
    }

    /** A toolbar action on the saved case: its label in a language, and what it does given the window and reference. */
    public record CaseAction(java.util.function.Function<java.util.Locale, String> label,
                             java.util.function.BiConsumer<Window, String> run) {
    }

    /** Plugs in the "History…" button of every editor opened from now on (null removes it). */
    public static void setHistoryAction(CaseAction action) {
        history = action;
    }

    /** True when any open editor holds changes that are not saved (ask before an idle lock). */
    public static boolean hasUnsavedWork() {
        return OPEN.stream().anyMatch(w -> w.vm.hasUnsavedChanges());
    }

    /** Closes every editor (on lock, once the user agreed to drop unsaved changes). */
    public static void closeAll() {
        List.copyOf(OPEN).forEach(CaseEditorWindow::close);
    }

    public Stage stage() {
        return stage;
    }

    public CaseEditorViewModel viewModel() {
        return vm;
    }

    private void requestClose() {
        if (vm.hasUnsavedChanges()) {
            askAndClose();
        } else {
            close();
        }
    }

    /** Asks about unsaved changes; true when the window closed (or will close once the save succeeds). */
    private boolean askAndClose() {
        BundleText w = vm.words();
        ButtonType save = new ButtonType(w.get("confirm.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(w.get("confirm.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(w.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String title = vm.fields().title().get() == null || vm.fields().title().get().isBlank()
                ? w.get("editor.title.new") : vm.fields().title().get();
        Optional<ButtonType> answer = ask(w.get("confirm.unsaved.title"), w.get("confirm.unsaved.text", title),
                save, discard, cancel);
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        if (answer.get() == discard) {
            close();
            return true;
        }
        if (!vm.validate()) {
            vm.save(null);
            return false;
        }
        vm.save(this::close);
        return true;
    }

    private void delete() {
        if (!vm.isSaved()) {
            return;
        }
        BundleText w = vm.words();
        ButtonType ok = new ButtonType(w.get("confirm.delete.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(w.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = ask(w.get("confirm.delete.title"),
                w.get("confirm.delete.text", vm.reference().get()), ok, cancel);
        if (answer.isPresent() && answer.get() == ok) {
            vm.moveToTrash(this::close);
        }
    }

    private void print() {
        if (!vm.ready().get()) {
            return;
        }
        vm.forPrinting().ifPresent(c -> TimelinePreviewView.open(stage, vm.context().timeline(),
                vm.context().locale(), c));
    }

    /** Opens the export dialog for the saved case; with unsaved changes, asks to save them first. */
    private void export() {
        if (!vm.ready().get() || vm.busy().get()) {
            return;
        }
        if (vm.hasUnsavedChanges()) {
            BundleText w = vm.words();
            ButtonType save = new ButtonType(w.get("confirm.save"), ButtonBar.ButtonData.YES);
            ButtonType cancel = new ButtonType(w.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Optional<ButtonType> answer = ask(w.get("confirm.export.title"), w.get("confirm.export.text"), save,
                    cancel);
            if (answer.isPresent() && answer.get() == save) {
                vm.save(this::openExport);
            }
            return;
        }
        openExport();
    }

    private void openExport() {
        if (vm.isSaved() && vm.context().exports() != null) {
            ExportDialog.openCase(stage, vm.context().exports(), vm.reference().get(), vm.context().locale());
        }
    }

    private Optional<ButtonType> ask(String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, buttons);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("editorDialog");
        return alert.showAndWait();
    }

    private void close() {
        OPEN.remove(this);
        stage.close();
    }
}
