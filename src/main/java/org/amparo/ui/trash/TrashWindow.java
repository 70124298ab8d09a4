package org.amparo.ui.trash;

import static org.amparo.ui.common.Controls.button;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.domain.CaseListRow;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.DateText;
import org.amparo.ui.editor.EditorContext;
import org.amparo.ui.common.Controls;

/** The trash window: deleted cases, Restore (undo the delete) and Delete forever. Esc closes it. */
public final class TrashWindow {
    private final TrashViewModel vm;
    private final Stage stage = new Stage();
    private final TableView<CaseListRow> table = new TableView<>();

    private TrashWindow(Window owner, EditorContext ctx) {
        vm = new TrashViewModel(ctx);
        BundleText w = vm.words();
        table.setId("trashTable");
        table.setItems(vm.rows());
        table.setAccessibleText(w.get("trash.title"));
        table.setPlaceholder(new Label(w.get("trash.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(w.get("trash.col.reference"), 0.15, CaseListRow::reference);
        column(w.get("trash.col.incident"), 0.2, r -> DateText.show(r.incidentDate(), w.locale()));
        column(w.get("trash.col.title"), 0.4, CaseListRow::title);
        column(w.get("trash.col.people"), 0.25, r -> r.people() == null ? "" : r.people());
        Button restore = button("restoreCase", w.get("trash.restore"), () -> vm.restore(selected()));
        Button purge = button("purgeCase", w.get("trash.deleteForever"), this::purge);
        Button close = button("closeTrash", w.get("trash.close"), stage::close);
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busy()));
        purge.disableProperty().bind(restore.disableProperty());
        Label message = new Label();
        message.setId("trashMessage");
        message.textProperty().bind(vm.message());
        HBox buttons = new HBox(8, restore, purge, close);
        buttons.setPadding(new Insets(8, 0, 8, 0));
        Label help = new Label(w.get("trash.help"));
        help.setWrapText(true);
        help.setPadding(new Insets(0, 0, 8, 0));
        BorderPane root = new BorderPane(table);
        root.setTop(help);
        root.setBottom(new javafx.scene.layout.VBox(4, buttons, message));
        root.setPadding(new Insets(10));
        root.getStyleClass().add("trash-window");
        Controls.ownedWindow(stage, owner, root, 820, 480, w.get("trash.title"));
    }

    /** Opens the trash over the owner and reads it in the background. */
    public static TrashWindow open(Window owner, EditorContext ctx) {
        TrashWindow t = new TrashWindow(owner, ctx);
        t.stage.show();
        t.vm.refresh();
        return t;
    }


    public Stage stage() {
        return stage;
    }

    private CaseListRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void purge() {
        CaseListRow row = selected();
        if (row == null) {
            return;
        }
        BundleText w = vm.words();
        ButtonType ok = new ButtonType(w.get("trash.deleteForever"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(w.get("trash.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, w.get("trash.confirmPurge", row.reference()), ok, cancel);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(w.get("trash.deleteForever"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            vm.deleteForever(row);
        }
    }

    private void column(String title, double share, java.util.function.Function<CaseListRow, String> value) {
        Controls.textColumn(table, null, title, share, value);
    }

}
