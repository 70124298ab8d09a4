package org.amparo.ui.editor;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: label, control, and under the control its inline message (shown only when there is one). */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.getStyleClass().add("editor-form");
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public GridPane node() {
        return grid;
    }

    /** Adds a labelled control; the label's text is also the control's accessible name. */
    public <T extends Node> T add(String label, T control, ObservableStringValue error) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setLabelFor(control);
        l.setMinWidth(Label.USE_PREF_SIZE);
        control.setAccessibleText(label);
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        if (control instanceof javafx.scene.control.TextArea || control instanceof javafx.scene.control.ListView) {
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            l.setPadding(new Insets(4, 0, 0, 0));
        }
        grid.add(l, 0, row);
        grid.add(control, 1, row++);
        if (error != null) {
            grid.add(hint(error, "field-error"), 1, row++);
        }
        return control;
    }

    /** A line of help or status under the last control (hidden while empty). */
    public Label note(ObservableStringValue text, String styleClass) {
        Label l = hint(text, styleClass);
        grid.add(l, 1, row++);
        return l;
    }

    private static Label hint(ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
