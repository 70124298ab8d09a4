package org.amparo.ui.editor;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.amparo.domain.Agency;
import org.amparo.domain.Officer;

/** Combo boxes that show their items with the user's words. */
final class Choices {
    private Choices() {
    }

    static <T> ComboBox<T> combo(String id, Function<T, String> text, String none) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setVisibleRowCount(14);
        return box;
    }

    static <E extends Enum<E>> ComboBox<E> of(String id, E[] values, BundleText words, String prefix) {
        ComboBox<E> box = combo(id, e -> words.of(prefix, e), "");
        box.getItems().setAll(values);
        return box;
    }

    static ComboBox<Agency> agencies(String id, BundleText words) {
        return combo(id, Agency::name, words.get("none"));
    }

    static ComboBox<Officer> officers(String id, BundleText words) {
        return combo(id, o -> o.badge() == null || o.badge().isBlank() ? o.name() : o.name() + " (" + o.badge() + ")",
                words.get("none"));
    }
}
