package org.amparo.ui.editor;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The inline messages of one form: one text per field name, empty when the field is fine. */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> byField = new HashMap<>();

    /** The message shown under a field ("" when none). */
    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    public String text(String field) {
        return wrapper(field).get();
    }

    void clear() {
        byField.values().forEach(w -> w.set(""));
    }

    void add(String field, String message) {
        ReadOnlyStringWrapper w = wrapper(field);
        w.set(w.get().isEmpty() ? message : w.get() + " " + message);
    }

    boolean isEmpty() {
        return byField.values().stream().allMatch(w -> w.get().isEmpty());
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return byField.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }
}
