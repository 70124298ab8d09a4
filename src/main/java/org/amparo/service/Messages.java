package org.amparo.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user's words, in English or Spanish, from {@code org/amparo/i18n/messages*.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this("org.amparo.i18n.messages", locale);
    }

    /** The words of another bundle (a screen's own, e.g. {@code org.amparo.ui.shell}), loaded the same way. */
    public Messages(String baseName, Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(baseName, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Spanish for Spanish-speaking systems, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? new Locale("es") : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
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
}
