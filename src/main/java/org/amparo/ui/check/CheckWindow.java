package org.amparo.ui.check;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.service.Messages;
import org.amparo.ui.common.Controls;

/**
 * The check window: what the integrity check found, "Open case" (also Enter or a double-click on a problem that
 * names a case), "Check again" and Close. Esc closes it.
 */
public final class CheckWindow {
    private final Stage stage = new Stage();

    private CheckWindow(Window owner, CheckViewModel vm) {
        Messages w = vm.words();
        Label summary = new Label();
        summary.setId("checkSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        ListView<CheckProblem> problems = new ListView<>(vm.problems());
        problems.setId("checkProblems");
        problems.setAccessibleText(w.get("check.problemsName"));
        problems.setPlaceholder(new Label(w.get("check.nothingToList")));
        problems.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        problems.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openSelected();
            }
        });
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.canOpenSelectedProperty().get()) {
                e.consume();
                vm.openSelected();
            }
        });
        Button openCase = new Button(w.get("check.openCase"));
        openCase.setId("checkOpenCase");
        openCase.setAccessibleText(w.get("check.openCase"));
        openCase.disableProperty().bind(vm.canOpenSelectedProperty().not());
        openCase.setOnAction(e -> vm.openSelected());
        Button again = new Button(w.get("check.again"));
        again.setId("checkAgain");
        again.setAccessibleText(w.get("check.again"));
        again.disableProperty().bind(vm.busyProperty());
        again.setOnAction(e -> vm.run());
        Button close = new Button(w.get("check.close"));
        close.setId("closeCheck");
        close.setAccessibleText(w.get("check.close"));
        close.setOnAction(e -> stage.close());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.setAccessibleText(w.get("check.running"));
        progress.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, openCase, again, close, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(w.get("check.help"));
        help.setWrapText(true);
        BorderPane root = new BorderPane(problems);
        root.setId("checkWindow");
        root.setTop(new VBox(8, help, summary));
        BorderPane.setMargin(problems, new Insets(8, 0, 8, 0));
        root.setBottom(buttons);
        root.setPadding(new Insets(10));
        Controls.ownedWindow(stage, owner, root, 720, 420, w.get("check.title"));
    }

    /** Shows the window over the owner (the check is started by the caller, or already ran). */
    public static CheckWindow open(Window owner, CheckViewModel vm) {
        CheckWindow c = new CheckWindow(owner, vm);
        c.stage.show();
        return c;
    }

    public Stage stage() {
        return stage;
    }
}
