package org.amparo.ui.reference;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.Agency;

/** The agency being edited (a new one when its id is null). */
public final class AgencyForm {
    private Agency base;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty kind = new SimpleStringProperty("");
    final ObjectProperty<Agency> parent = new SimpleObjectProperty<>();
    final StringProperty parentName = new SimpleStringProperty("");
    final StringProperty area = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    public StringProperty name() { return name; }
    public StringProperty kind() { return kind; }
    public ObjectProperty<Agency> parent() { return parent; }
    public StringProperty parentName() { return parentName; }
    public StringProperty area() { return area; }
    public StringProperty notes() { return notes; }
    public StringProperty error() { return error; }

    /** The agency as loaded (null for a new one): shows whether it shipped with Amparo. */
    public Agency base() {
        return base;
    }

    void load(Agency a, Agency parentAgency) {
        base = a;
        name.set(a == null ? "" : a.name());
        kind.set(a == null ? "" : Texts.nz(a.kind()));
        parent.set(parentAgency);
        parentName.set(a == null ? "" : Texts.nz(a.parentName()));
        area.set(a == null ? "" : Texts.nz(a.countyOrArea()));
        notes.set(a == null ? "" : Texts.nz(a.notes()));
        error.set("");
    }

    Agency toAgency() {
        Agency p = parent.get();
        return new Agency(base == null ? null : base.id(), Texts.strip(name.get()), Texts.orNull(kind.get()),
                p == null ? null : p.id(), p == null ? Texts.orNull(parentName.get()) : null, Texts.orNull(area.get()),
                Texts.orNull(notes.get()), base != null && base.shipped(), base != null && base.userEdited());
    }

    /** The agency cannot be its own parent, directly or through its parents. */
    boolean parentLoops(java.util.function.LongFunction<Agency> byId) {
        if (base == null || base.id() == null) {
            return false;
        }
        for (Agency p = parent.get(); p != null; p = p.parentId() == null ? null : byId.apply(p.parentId())) {
            if (p.id().equals(base.id())) {
                return true;
            }
        }
        return false;
    }
}
