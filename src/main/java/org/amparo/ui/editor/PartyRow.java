package org.amparo.ui.editor;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.CaseParty;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;

/** One person in the case: an existing person (with an id) or one added here, and their role. */
public final class PartyRow {
    private final Person person;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>(PartyRole.AFFECTED);
    private final StringProperty notes = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    PartyRow(Person person, PartyRole role, String notes) {
        this.person = person;
        this.name.set(CaseFields.nz(person.name()));
        this.role.set(role == null ? PartyRole.AFFECTED : role);
        this.notes.set(CaseFields.nz(notes));
    }

    public StringProperty name() { return name; }
    public ObjectProperty<PartyRole> role() { return role; }
    public StringProperty notes() { return notes; }
    public FieldErrors errors() { return errors; }

    /** True for a person already in the vault (picked, not typed in). */
    public boolean existing() {
        return person.id() != null;
    }

    Observable[] observables() {
        return new Observable[] {name, role, notes};
    }

    CaseParty toParty() {
        Person p = new Person(person.id(), name.get() == null ? "" : name.get().strip(), person.otherNames(),
                person.preferredLanguage(), person.contact(), person.birthYear(), person.pseudonymNo(),
                person.notes());
        return new CaseParty(p, role.get(), CaseFields.blankToNull(notes.get()));
    }
}
