package org.amparo.ui.editor;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A section laid out as a table of rows (left) and the form of the selected row (right). Adding a row selects it;
 * the form is bound to whichever row is selected and disabled when none is.
 */
final class ListDetail<R> {
    private final TableView<R> table = new TableView<>();
    private final VBox left = new VBox(8);
    private final HBox buttons = new HBox(8);
    private final SplitPane root = new SplitPane();
    private final RowBinding binding = new RowBinding();

    ListDetail(String id, ObservableList<R> rows, String placeholder, Node form, BiConsumer<RowBinding, R> bindRow) {
        table.setId(id + "Table");
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(placeholder));
        table.setAccessibleText(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.getChildren().addAll(buttons, table);
        ScrollPane right = new ScrollPane(form);
        right.setFitToWidth(true);
        form.setDisable(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            binding.release();
            if (b != null) {
                bindRow.accept(binding, b);
            }
            form.setDisable(b == null);
        });
        root.getItems().addAll(left, right);
        root.setDividerPositions(0.46);
    }

    TableView<R> table() {
        return table;
    }

    Node node() {
        return root;
    }

    /** Adds a button above the table. */
    Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        buttons.getChildren().add(b);
        return b;
    }

    /** A button that acts on the selected row, disabled while none is selected. */
    Button rowButton(String id, String text, java.util.function.Consumer<R> action) {
        Button b = button(id, text, () -> {
            R r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                action.accept(r);
            }
        });
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return b;
    }

    /** Puts a node above the buttons (e.g. a search). */
    void top(Node n) {
        left.getChildren().add(0, n);
    }

    void column(String title, double share, Function<R, ObservableValue<String>> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> value.apply(cd.getValue()));
        c.setMaxWidth(1000 * share);
        table.getColumns().add(c);
    }

    void select(R row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }
}
