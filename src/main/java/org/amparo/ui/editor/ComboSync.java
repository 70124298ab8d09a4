package org.amparo.ui.editor;

import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ComboBox;

/**
 * Keeps a combo box and the selected row's property in step while the combo's items change with the row (the
 * officers of the chosen agency, the provisions in force): refilling the items never clears the row's value.
 */
final class ComboSync<T> {
    private final ComboBox<T> box;
    private Property<T> row;
    private boolean quiet;

    ComboSync(ComboBox<T> box) {
        this.box = box;
        box.valueProperty().addListener((o, a, b) -> {
            if (!quiet && row != null) {
                row.setValue(b);
            }
        });
    }

    void attach(RowBinding binding, Property<T> rowValue, List<T> items) {
        row = rowValue;
        ChangeListener<T> follow = (o, a, b) -> {
            if (!quiet) {
                quiet = true;
                box.setValue(b);
                quiet = false;
            }
        };
        rowValue.addListener(follow);
        binding.onRelease(() -> {
            rowValue.removeListener(follow);
            row = null;
        });
        refill(items);
    }

    /** New items for the current row; the row's value stays chosen. */
    void refill(List<T> items) {
        quiet = true;
        box.getItems().setAll(items);
        box.setValue(row == null ? null : row.getValue());
        quiet = false;
    }
}
