package org.amparo.ui.settings;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.service.Messages;
import org.amparo.service.settings.UserSettings;
import org.amparo.ui.common.LanguageChoice;

/** The settings dialog; Esc cancels, Enter saves. */
public final class SettingsView {
    private final SettingsViewModel vm;
    private final Messages w;
    private final VBox root = new VBox(14);
    private Stage stage;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        this.w = new Messages(SettingsViewModel.BUNDLE, vm.shownIn());
        root.setId("settingsDialog");
        root.getStyleClass().add("dialog-body");
        root.setPadding(new Insets(20));

        ChoiceBox<java.util.Locale> language = LanguageChoice.create(vm.languageProperty(),
                w.get("settings.language"));
        language.setId("settingsLanguage");
        Spinner<Integer> idle = new Spinner<>(UserSettings.MIN_IDLE_MINUTES, UserSettings.MAX_IDLE_MINUTES,
                vm.idleMinutesProperty().get());
        idle.setId("settingsIdleMinutes");
        idle.setEditable(true);
        idle.setAccessibleText(w.get("settings.idle"));
        idle.valueProperty().addListener((o, a, b) -> vm.idleMinutesProperty().set(b == null ? 0 : b));
        TextField name = new TextField();
        name.setId("settingsDisplayName");
        name.setAccessibleText(w.get("settings.displayName"));
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        TextField export = new TextField();
        export.setId("settingsExportFolder");
        export.setEditable(false);
        export.setAccessibleText(w.get("settings.exportFolder"));
        export.textProperty().bind(Bindings.createStringBinding(() -> vm.exportFolderProperty().get() == null
                ? "" : vm.exportFolderProperty().get().toString(), vm.exportFolderProperty()));
        Button choose = new Button(w.get("settings.choose"));
        choose.setId("settingsChooseExport");
        choose.setAccessibleText(w.get("settings.chooseExport"));
        choose.setOnAction(e -> chooseFolder(w.get("settings.chooseExport"), vm.exportFolderProperty()));
        HBox exportRow = new HBox(6, export, choose);
        HBox.setHgrow(export, Priority.ALWAYS);
        TextField second = new TextField();
        second.setId("settingsSecondBackup");
        second.setEditable(false);
        second.setAccessibleText(w.get("settings.secondBackup"));
        second.setPromptText(w.get("settings.secondBackupNone"));
        second.textProperty().bind(Bindings.createStringBinding(() -> vm.secondBackupFolderProperty().get() == null
                ? "" : vm.secondBackupFolderProperty().get().toString(), vm.secondBackupFolderProperty()));
        Button chooseSecond = new Button(w.get("settings.choose"));
        chooseSecond.setId("settingsChooseSecondBackup");
        chooseSecond.setAccessibleText(w.get("settings.chooseSecondBackup"));
        chooseSecond.setOnAction(e -> chooseFolder(w.get("settings.chooseSecondBackup"), vm.secondBackupFolderProperty()));
        Button clearSecond = new Button(w.get("settings.clear"));
        clearSecond.setId("settingsClearSecondBackup");
        clearSecond.setAccessibleText(w.get("settings.clearSecondBackup"));
        clearSecond.disableProperty().bind(vm.secondBackupFolderProperty().isNull());
        clearSecond.setOnAction(e -> vm.secondBackupFolderProperty().set(null));
        HBox secondRow = new HBox(6, second, chooseSecond, clearSecond);
        HBox.setHgrow(second, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(320);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, label("settings.language", language), language);
        form.addRow(1, label("settings.idle", idle), idle);
        form.addRow(2, label("settings.displayName", name), name);
        form.addRow(3, label("settings.exportFolder", export), exportRow);
        Label nameHint = new Label(w.get("settings.displayNameHint"));
        nameHint.getStyleClass().add("muted");
        nameHint.setWrapText(true);
        form.add(nameHint, 1, 4);
        form.addRow(5, label("settings.secondBackup", second), secondRow);
        Label secondHint = new Label(w.get("settings.secondBackupHint"));
        secondHint.getStyleClass().add("muted");
        secondHint.setWrapText(true);
        form.add(secondHint, 1, 6);

        Label message = new Label();
        message.setId("settingsMessage");
        message.getStyleClass().add("message-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button save = new Button(w.get("settings.save"));
        save.setId("settingsSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("primary");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            idle.increment(0); // commits a typed number
            vm.save();
        });
        Button cancel = new Button(w.get("settings.cancel"));
        cancel.setId("settingsCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(form, message, buttons);
        vm.addOnSaved(saved -> close());
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(w.get(key));
        l.setLabelFor(field);
        return l;
    }

    public Parent root() {
        return root;
    }

    /** Shows the dialog over the main window. */
    public Stage show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(w.get("settings.title"));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private void chooseFolder(String title, javafx.beans.property.ObjectProperty<java.nio.file.Path> folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder.get() != null && folder.get().toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.get().toFile());
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            folder.set(chosen.toPath());
        }
    }
}
