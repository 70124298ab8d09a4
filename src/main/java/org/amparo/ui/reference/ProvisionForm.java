package org.amparo.ui.reference;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.Provision;

/** The provision being edited or added to the selected version: topic, section number, title, text. */
public final class ProvisionForm {
    private Provision base;
    final StringProperty topic = new SimpleStringProperty("");
    final StringProperty section = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty kind = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    public StringProperty topic() { return topic; }
    public StringProperty section() { return section; }
    public StringProperty title() { return title; }
    public StringProperty summary() { return summary; }
    public StringProperty kind() { return kind; }
    public StringProperty error() { return error; }

    public Provision base() {
        return base;
    }

    void load(Provision p) {
        base = p;
        topic.set(p == null ? "" : p.topic());
        section.set(p == null ? "" : Texts.nz(p.sectionRef()));
        title.set(p == null ? "" : p.title());
        summary.set(p == null ? "" : Texts.nz(p.summary()));
        kind.set(p == null ? "" : Texts.nz(p.kind()));
        error.set("");
    }

    Provision toProvision(long versionId) {
        return new Provision(base == null ? null : base.id(), versionId, Texts.strip(topic.get()),
                Texts.orNull(section.get()), Texts.strip(title.get()), Texts.orNull(summary.get()),
                Texts.orNull(kind.get()), base != null && base.shipped(), base != null && base.userEdited());
    }
}
