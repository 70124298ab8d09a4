package org.amparo.ui.passphrase;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.service.Messages;
import org.amparo.ui.unlock.StrengthMeter;

/** The change-passphrase dialog: binds to {@link PassphraseViewModel}. Esc cancels (while nothing is running). */
public final class PassphraseDialog {
    private final PassphraseViewModel vm;
    private final Stage stage = new Stage();

    private PassphraseDialog(Window owner, PassphraseViewModel vm) {
        this.vm = vm;
        Messages w = vm.words();
        VBox root = new VBox(8);
        root.setId("passphraseDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(480);
        PasswordField current = field("currentPassphrase", w.get("passphrase.current"), vm.currentProperty());
        PasswordField fresh = field("newPassphrase", w.get("passphrase.new"), vm.freshProperty());
        PasswordField repeat = field("newPassphraseRepeat", w.get("passphrase.repeat"), vm.repeatProperty());
        Label oldBackups = new Label(w.get("passphrase.oldBackups"));
        oldBackups.setId("oldBackupsNote");
        oldBackups.setWrapText(true);
        oldBackups.getStyleClass().add("warning-text");
        Button change = new Button(w.get("passphrase.change"));
        change.setId("changePassphrase");
        change.setDefaultButton(true);
        change.getStyleClass().add("primary");
        change.setAccessibleText(w.get("passphrase.change"));
        change.disableProperty().bind(vm.canSubmitProperty().not());
        change.setOnAction(e -> vm.submit());
        Button cancel = new Button(w.get("passphrase.cancel"));
        cancel.setId("cancelPassphrase");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> stage.close());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.setAccessibleText(w.get("passphrase.working"));
        progress.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, change, cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("passphraseMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        root.getChildren().addAll(label(w.get("passphrase.current"), current), current,
                label(w.get("passphrase.new"), fresh), fresh, label(w.get("passphrase.repeat"), repeat), repeat,
                StrengthMeter.create(vm.strengthProperty(), w.locale()), oldBackups, buttons, message);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (!vm.busyProperty().get()) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // the re-encryption finishes first
            }
        });
        stage.setTitle(w.get("passphrase.title"));
        stage.setScene(scene);
    }

    public static PassphraseDialog open(Window owner, PassphraseViewModel vm) {
        PassphraseDialog d = new PassphraseDialog(owner, vm);
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    private PasswordField field(String id, String name, StringProperty bound) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setAccessibleText(name);
        f.textProperty().bindBidirectional(bound);
        f.disableProperty().bind(vm.busyProperty());
        return f;
    }

    private static Label label(String text, PasswordField field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }
}
