package org.amparo.ui.common;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** The language picker (English / Español, each named in its own language), bound to a locale property. */
public final class LanguageChoice {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = new Locale("es");

    private LanguageChoice() {
    }

    public static ChoiceBox<Locale> create(ObjectProperty<Locale> locale, String accessibleName) {
        ChoiceBox<Locale> box = new ChoiceBox<>();
        box.getItems().setAll(ENGLISH, SPANISH);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : "es".equals(l.getLanguage()) ? "Español" : "English";
            }

            @Override
            public Locale fromString(String s) {
                return "Español".equals(s) ? SPANISH : ENGLISH;
            }
        });
        box.setValue("es".equals(locale.get().getLanguage()) ? SPANISH : ENGLISH);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.getLanguage().equals(locale.get().getLanguage())) {
                locale.set(b);
            }
        });
        box.setAccessibleText(accessibleName);
        return box;
    }
}
