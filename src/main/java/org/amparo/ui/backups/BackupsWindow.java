package org.amparo.ui.backups;

import static org.amparo.ui.common.Controls.button;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.service.Messages;
import org.amparo.ui.common.Controls;

/** The backups window: the list, "Back up now", and "Restore…" with its preview and confirmation. Esc closes it. */
public final class BackupsWindow {
    private final BackupsViewModel vm;
    private final Stage stage = new Stage();
    private final TableView<BackupRow> table = new TableView<>();

    private BackupsWindow(Window owner, BackupsViewModel vm) {
        this.vm = vm;
        Messages w = vm.words();
        table.setId("backupsTable");
        table.setItems(vm.rows());
        table.setAccessibleText(w.get("backups.title"));
        table.setPlaceholder(new Label(w.get("backups.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("colCreated", w.get("backups.col.created"), 0.22, BackupRow::created);
        column("colCases", w.get("backups.col.cases"), 0.08, BackupRow::cases);
        column("colStatus", w.get("backups.col.status"), 0.3, BackupRow::status);
        column("colFolder", w.get("backups.col.folder"), 0.4, BackupRow::folder);

        Button now = button("backUpNow", w.get("backups.backUpNow"), vm::backUpNow);
        now.disableProperty().bind(vm.busyProperty());
        Button restore = button("restoreBackup", w.get("backups.restore"), this::restore);
        restore.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(() -> {
            BackupRow r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.restorable();
        }, table.getSelectionModel().selectedItemProperty())));
        Button close = button("closeBackups", w.get("backups.close"), stage::close);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.setAccessibleText(w.get("backups.working"));
        progress.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, now, restore, close, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 0, 4, 0));
        Label message = new Label();
        message.setId("backupsMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label help = new Label(w.get("backups.help"));
        help.setWrapText(true);
        help.setPadding(new Insets(0, 0, 8, 0));

        BorderPane root = new BorderPane(table);
        root.setId("backupsWindow");
        root.setTop(help);
        root.setBottom(new VBox(4, buttons, message));
        root.setPadding(new Insets(10));
        Controls.ownedWindow(stage, owner, root, 900, 380, w.get("backups.title"));
    }

    /** Opens the window over the owner and reads the backups in the background. */
    public static BackupsWindow open(Window owner, BackupsViewModel vm) {
        BackupsWindow b = new BackupsWindow(owner, vm);
        b.stage.show();
        vm.refresh();
        return b;
    }

    public Stage stage() {
        return stage;
    }

    private void restore() {
        BackupRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Messages w = vm.words();
        Dialog<ButtonType> confirm = new Dialog<>();
        confirm.initOwner(stage);
        confirm.setTitle(w.get("backups.restore"));
        Label preview = new Label(vm.preview(row));
        preview.setId("restorePreview");
        preview.setWrapText(true);
        preview.setPrefWidth(520);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("restorePassphrase");
        passphrase.setAccessibleText(w.get("backups.passphrase"));
        passphrase.setPromptText(w.get("backups.passphrase"));
        Label passphraseLabel = new Label(w.get("backups.passphrase"));
        passphraseLabel.setLabelFor(passphrase);
        VBox body = new VBox(10, preview, passphraseLabel, passphrase);
        body.setPadding(new Insets(10));
        confirm.getDialogPane().setContent(body);
        ButtonType ok = new ButtonType(w.get("backups.restoreConfirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(w.get("backups.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        confirm.getDialogPane().getButtonTypes().setAll(ok, cancel);
        confirm.getDialogPane().lookupButton(ok).setId("confirmRestore");
        confirm.getDialogPane().lookupButton(ok).disableProperty().bind(passphrase.textProperty().isEmpty());
        confirm.setOnShown(e -> passphrase.requestFocus());
        Optional<ButtonType> answer = confirm.showAndWait();
        char[] typed = passphrase.getText().toCharArray();
        passphrase.clear();
        if (answer.isPresent() && answer.get() == ok && vm.restore(row, typed)) {
            stage.close();
        } else {
            java.util.Arrays.fill(typed, ' ');
        }
    }

    private void column(String id, String title, double share, Function<BackupRow, String> value) {
        Controls.textColumn(table, id, title, share, value);
    }

}
