package org.amparo.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.amparo.service.Messages;

/** Asks before a lock (by command, idle time or closing the window) would drop unsaved edits. */
final class LockQuestionDialog {
    private final ShellViewModel shell;
    private final Window owner;
    private Messages words;
    private Alert shown;

    LockQuestionDialog(ShellViewModel shell, Window owner) {
        this.shell = shell;
        this.owner = owner;
        shell.lockQuestionProperty().addListener((o, a, b) -> {
            if (b != ShellViewModel.LockQuestion.NONE) {
                ask(b);
            } else if (shown != null) {
                Alert s = shown;
                shown = null;
                s.close();
            }
        });
    }

    void relabel(Messages w) {
        this.words = w;
    }

    private void ask(ShellViewModel.LockQuestion why) {
        String key = switch (why) {
            case IDLE -> "shell.lockQuestion.idle";
            case EXIT -> "shell.lockQuestion.exit";
            default -> "shell.lockQuestion.command";
        };
        ButtonType proceed = new ButtonType(words.get(why == ShellViewModel.LockQuestion.EXIT
                ? "shell.lockQuestion.exitAnyway" : "shell.lockQuestion.lockAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(words.get("shell.lockQuestion.keepWorking"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, words.get(key), keep, proceed);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(words.get("shell.lockQuestion.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("lockQuestion");
        shown = alert;
        alert.setOnHidden(e -> {
            if (shown == alert) {
                shown = null;
                shell.answerLockQuestion(alert.getResult() == proceed);
            }
        });
        alert.show();
    }
}
