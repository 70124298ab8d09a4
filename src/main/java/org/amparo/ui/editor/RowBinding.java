package org.amparo.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** Binds a form's controls to the row selected in a table, and lets go of the previous row. */
final class RowBinding {
    private final List<Runnable> undo = new ArrayList<>();

    <T> void bind(Property<T> control, Property<T> row) {
        control.bindBidirectional(row);
        undo.add(() -> control.unbindBidirectional(row));
    }

    /** Shows the selected row's value (e.g. its inline message) in a form's own property. */
    void show(StringProperty proxy, ObservableValue<String> source) {
        proxy.bind(source);
        undo.add(() -> {
            proxy.unbind();
            proxy.set("");
        });
    }

    void onRelease(Runnable r) {
        undo.add(r);
    }

    void release() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
