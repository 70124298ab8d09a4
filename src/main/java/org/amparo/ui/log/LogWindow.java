package org.amparo.ui.log;

import static org.amparo.ui.common.Controls.button;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.service.Messages;
import org.amparo.ui.common.Controls;

/** The log window (the vault's log or one case's history): a page of entries, Newer / Older, Close. */
public final class LogWindow {
    private final Stage stage = new Stage();
    private final TableView<LogRow> table = new TableView<>();

    private LogWindow(Window owner, LogViewModel vm) {
        Messages w = vm.words();
        table.setId("logTable");
        table.setItems(vm.rows());
        table.setAccessibleText(vm.title());
        table.setPlaceholder(new Label(w.get("log.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("colTime", w.get("log.col.time"), 0.14, LogRow::time);
        column("colWho", w.get("log.col.who"), 0.1, LogRow::who);
        column("colAction", w.get("log.col.action"), 0.13, LogRow::action);
        column("colCase", w.get("log.col.case"), 0.08, LogRow::caseReference);
        column("colField", w.get("log.col.field"), 0.1, LogRow::field);
        column("colOld", w.get("log.col.old"), 0.15, LogRow::oldValue);
        column("colNew", w.get("log.col.new"), 0.15, LogRow::newValue);
        column("colDetail", w.get("log.col.detail"), 0.15, LogRow::detail);
        Button newer = button("logNewer", w.get("log.newer"), vm::newer);
        newer.disableProperty().bind(vm.hasNewerProperty().not().or(vm.busyProperty()));
        Button older = button("logOlder", w.get("log.older"), vm::older);
        older.disableProperty().bind(vm.hasOlderProperty().not().or(vm.busyProperty()));
        Button close = button("closeLog", w.get("log.close"), stage::close);
        Label page = new Label();
        page.setId("logPage");
        page.textProperty().bind(vm.pageTextProperty());
        HBox buttons = new HBox(8, newer, older, page, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table);
        root.setId("logWindow");
        root.setBottom(buttons);
        root.setPadding(new Insets(10));
        Controls.ownedWindow(stage, owner, root, 1100, 520, vm.title());
    }

    /** Shows the window over the owner and reads the newest page in the background. */
    public static LogWindow open(Window owner, LogViewModel vm) {
        LogWindow l = new LogWindow(owner, vm);
        l.stage.show();
        vm.load();
        return l;
    }

    public Stage stage() {
        return stage;
    }

    private void column(String id, String title, double share, Function<LogRow, String> value) {
        Controls.textColumn(table, id, title, share, value);
    }

}
