package org.amparo.ui.editor;

import java.util.Locale;
import org.amparo.service.Messages;

/**
 * The words of one screen's resource bundle ({@code org/amparo/ui/editor_en.properties}, ...) in en or es: the
 * project's {@link Messages} over that bundle, plus labels of enum constants.
 */
public final class BundleText {
    private final Messages messages;

    public BundleText(String baseName, Locale locale) {
        this.messages = new Messages(baseName, locale);
    }

    public static BundleText editor(Locale locale) {
        return new BundleText("org.amparo.ui.editor", locale);
    }

    public static BundleText validation(Locale locale) {
        return new BundleText("org.amparo.i18n.validation", locale);
    }

    public Locale locale() {
        return messages.locale();
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The label of an enum constant: key {@code prefix.NAME}. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }
}
