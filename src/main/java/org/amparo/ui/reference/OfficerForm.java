package org.amparo.ui.reference;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseTitle;
import org.amparo.domain.Officer;

/** The officer being edited, and the cases they appear in. */
public final class OfficerForm {
    private Long id;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty badge = new SimpleStringProperty("");
    final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    final StringProperty rank = new SimpleStringProperty("");
    final StringProperty otherNames = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final ObservableList<CaseTitle> cases = FXCollections.observableArrayList();

    public StringProperty name() { return name; }
    public StringProperty badge() { return badge; }
    public ObjectProperty<Agency> agency() { return agency; }
    public StringProperty rank() { return rank; }
    public StringProperty otherNames() { return otherNames; }
    public StringProperty notes() { return notes; }
    public StringProperty error() { return error; }
    /** The cases (not in the trash) that name this officer. */
    public ObservableList<CaseTitle> cases() { return cases; }

    void load(Officer o, Agency of) {
        id = o == null ? null : o.id();
        name.set(o == null ? "" : o.name());
        badge.set(o == null ? "" : Texts.nz(o.badge()));
        agency.set(of);
        rank.set(o == null ? "" : Texts.nz(o.rank()));
        otherNames.set(o == null ? "" : Texts.nz(o.otherNames()));
        notes.set(o == null ? "" : Texts.nz(o.notes()));
        error.set("");
        cases.clear();
    }

    Long id() {
        return id;
    }

    Officer toOfficer() {
        return new Officer(id, Texts.strip(name.get()), Texts.orNull(badge.get()),
                agency.get() == null ? null : agency.get().id(), Texts.orNull(rank.get()),
                Texts.orNull(otherNames.get()), Texts.orNull(notes.get()));
    }
}
