package org.amparo.ui.unlock;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.amparo.service.Messages;
import org.amparo.ui.common.Controls;
import org.amparo.ui.common.LanguageChoice;

/** The unlock / create-vault screen: binds to {@link UnlockViewModel}, nothing more. */
public final class UnlockView {
    private final UnlockViewModel vm;
    private final Messages w;
    private final StackPane root = new StackPane();
    private final PasswordField passphrase = new PasswordField();

    public UnlockView(UnlockViewModel vm) {
        this.vm = vm;
        this.w = new Messages(UnlockViewModel.BUNDLE, vm.localeProperty().get());
        root.setId("unlockScreen");
        root.getStyleClass().add("unlock-backdrop");
        VBox card = new VBox(12);
        card.getStyleClass().add("unlock-card");
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);

        Label title = new Label("Amparo");
        title.getStyleClass().add("app-title");
        Label heading = new Label();
        heading.getStyleClass().add("unlock-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.modeProperty().get()) {
            case CREATE -> w.get("unlock.createHeading");
            case UNLOCK -> w.get("unlock.unlockHeading");
            case CHECKING -> w.get("unlock.checking");
        }, vm.modeProperty()));

        Label folder = new Label();
        folder.setId("unlockFolder");
        folder.getStyleClass().add("muted");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> w.get("unlock.folder", vm.folderProperty().get()), vm.folderProperty()));
        Hyperlink another = new Hyperlink(w.get("unlock.openAnother"));
        another.setId("openAnotherVault");
        another.setAccessibleText(w.get("unlock.openAnother"));
        another.setOnAction(e -> chooseFolder());
        another.disableProperty().bind(vm.busyProperty());

        secretField(passphrase, "passphrase", "unlock.passphrase", vm.passphraseProperty());
        PasswordField repeat = secretField(new PasswordField(), "passphraseRepeat", "unlock.repeat",
                vm.repeatProperty());

        HBox strength = StrengthMeter.create(vm.strengthProperty(), vm.localeProperty().get());

        Label warning = new Label(w.get("unlock.noRecovery"));
        warning.setId("noRecoveryWarning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);

        VBox createOnly = new VBox(8, repeat, strength, warning);
        createOnly.visibleProperty().bind(vm.modeProperty().isEqualTo(UnlockViewModel.Mode.CREATE));
        createOnly.managedProperty().bind(createOnly.visibleProperty());

        Button submit = new Button();
        submit.setId("unlockButton");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("primary");
        submit.textProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(UnlockViewModel.Mode.CREATE))
                .then(w.get("unlock.create")).otherwise(w.get("unlock.unlock")));
        submit.accessibleTextProperty().bind(submit.textProperty());
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        submit.setOnAction(e -> vm.submit());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("unlockProgress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setAccessibleText(w.get("unlock.working"));
        HBox actions = new HBox(12, submit, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("unlockMessage");
        message.getStyleClass().add("message-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        // progress words are calm; problems stand out
        Controls.listenAsLongAs(message, vm.busyProperty(), o -> message.getStyleClass().setAll("label",
                vm.busyProperty().get() ? "muted" : "message-text"));

        Button restoreOffered = new Button(w.get("unlock.restoreOffered"));
        restoreOffered.setId("restoreOfferedBackup");
        restoreOffered.setAccessibleText(w.get("unlock.restoreOffered"));
        restoreOffered.visibleProperty().bind(vm.offerProperty().isNotNull());
        restoreOffered.managedProperty().bind(restoreOffered.visibleProperty());
        restoreOffered.disableProperty().bind(vm.busyProperty().or(vm.passphraseProperty().isEmpty()));
        restoreOffered.setOnAction(e -> vm.restoreOffered());

        javafx.scene.control.ChoiceBox<java.util.Locale> languageChoice =
                LanguageChoice.create(vm.localeProperty(), w.get("unlock.language"));
        languageChoice.setId("languageChoice");
        HBox language = new HBox(8, new Label(w.get("unlock.language")), languageChoice);
        language.setAlignment(Pos.CENTER_LEFT);

        Label passphraseLabel = new Label(w.get("unlock.passphrase"));
        passphraseLabel.setLabelFor(passphrase);
        Label repeatLabel = new Label(w.get("unlock.repeat"));
        repeatLabel.setLabelFor(repeat);
        createOnly.getChildren().add(0, repeatLabel);
        card.getChildren().addAll(title, heading, folder, another, passphraseLabel, passphrase, createOnly, actions,
                message, restoreOffered, language);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    /** A passphrase field bound to the view model; Enter submits; locked while the vault is being opened. */
    private PasswordField secretField(PasswordField field, String id, String nameKey,
                                      javafx.beans.property.StringProperty bound) {
        field.setId(id);
        field.setPromptText(w.get(nameKey));
        field.setAccessibleText(w.get(nameKey));
        field.textProperty().bindBidirectional(bound);
        field.setOnAction(e -> vm.submit());
        field.disableProperty().bind(vm.busyProperty());
        return field;
    }

    public Parent root() {
        return root;
    }

    /** Puts the caret in the passphrase field. */
    public void focus() {
        passphrase.requestFocus();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(w.get("unlock.openAnother"));
        java.io.File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.chooseFolder(chosen.toPath());
        }
    }
}
