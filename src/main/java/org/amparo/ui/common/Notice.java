package org.amparo.ui.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/** A one-line message that follows the language switch: it keeps how to say it, not just what was said. */
public final class Notice {
    private final ObjectProperty<Locale> locale;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ChangeListener<Locale> relabel;
    private Function<Locale, String> source = l -> "";

    public Notice(ObjectProperty<Locale> locale) {
        this.locale = locale;
        this.relabel = (o, a, b) -> text.set(source.apply(b));
        locale.addListener(new WeakChangeListener<>(relabel));
    }

    /** Shows the message made by {@code words} in the current language (and again after each switch). */
    public void say(Function<Locale, String> words) {
        source = words;
        text.set(words.apply(locale.get()));
    }

    public void clear() {
        say(l -> "");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
