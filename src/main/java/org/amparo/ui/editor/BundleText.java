package org.amparo.ui.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.amparo.service.Messages;

/** The words of one screen's resource bundle ({@code org/amparo/ui/editor_en.properties}, ...) in en or es. */
public final class BundleText {
    private final ResourceBundle bundle;
    private final Locale locale;

    public BundleText(String baseName, Locale locale) {
        this.locale = Messages.supported(locale);
        this.bundle = ResourceBundle.getBundle(baseName, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static BundleText editor(Locale locale) {
        return new BundleText("org.amparo.ui.editor", locale);
    }

    public static BundleText validation(Locale locale) {
        return new BundleText("org.amparo.i18n.validation", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The label of an enum constant: key {@code prefix.NAME}. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }
}
