package org.amparo.ui.reference;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.ui.editor.DateText;

/** The FIPP version being edited or added: key, name, statewide or local, and its dates. */
public final class PolicyForm {
    private final Locale locale;
    private long id;
    final StringProperty key = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<PolicyScope> scope = new SimpleObjectProperty<>(PolicyScope.LOCAL);
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty to = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    PolicyForm(Locale locale) {
        this.locale = locale;
    }

    public StringProperty key() { return key; }
    public StringProperty name() { return name; }
    public ObjectProperty<PolicyScope> scope() { return scope; }
    public StringProperty from() { return from; }
    public StringProperty to() { return to; }
    public StringProperty error() { return error; }

    void load(PolicyVersion v) {
        id = v == null ? 0 : v.id();
        key.set(v == null ? "" : v.key());
        name.set(v == null ? "" : v.name());
        scope.set(v == null ? PolicyScope.LOCAL : v.scope());
        from.set(v == null ? "" : DateText.show(v.effectiveFrom(), locale));
        to.set(v == null ? "" : DateText.show(v.effectiveTo(), locale));
        error.set("");
    }

    long id() {
        return id;
    }

    DateText.Parsed<LocalDate> fromDate() {
        return DateText.day(from.get(), locale);
    }

    DateText.Parsed<LocalDate> toDate() {
        return DateText.day(to.get(), locale);
    }

    PolicyVersion toVersion() {
        return new PolicyVersion(id, Texts.strip(key.get()), Texts.strip(name.get()), scope.get(), fromDate().value(),
                toDate().value());
    }
}
