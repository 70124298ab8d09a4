package org.amparo.service.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.amparo.service.Messages;

/**
 * The words of exported workbooks (sheet names, column headings, labels) in English or Spanish, from
 * {@code org/amparo/i18n/export*.properties}, and the app's shared words (statuses, roles, event kinds).
 */
final class ExportWords {
    private final ResourceBundle bundle;
    private final Messages messages;
    private final java.util.Map<String, String> plain = new java.util.concurrent.ConcurrentHashMap<>();

    ExportWords(Locale language) {
        this.messages = new Messages(language);
        this.bundle = ResourceBundle.getBundle("org.amparo.i18n.export", messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return messages.locale();
    }

    String get(String key, Object... args) {
        if (args.length == 0) {
            return plain.computeIfAbsent(key, this::lookUp); // asked once per row by the register's sheets
        }
        return lookUp(key, args);
    }

    private String lookUp(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return messages.get(key, args);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, messages.locale()).format(args);
    }

    /** Column headings from keys: each key's text and width. */
    java.util.List<Column> columns(String prefix, Object... keysAndWidths) {
        java.util.List<Column> out = new java.util.ArrayList<>();
        for (int i = 0; i < keysAndWidths.length; i += 2) {
            out.add(new Column(get(prefix + keysAndWidths[i]), (Integer) keysAndWidths[i + 1]));
        }
        return out;
    }
}
