package org.amparo.ui.editor;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.CaseParty;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;

/**
 * One person in the case: an existing person (with an id) or one added here, their role and notes in this case, and
 * the person's own details (other names, language, contact, birth year, notes), which are shared by all their cases.
 */
public final class PartyRow {
    static final int FIRST_BIRTH_YEAR = 1900;
    private final Person person;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>(PartyRole.AFFECTED);
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty otherNames = new SimpleStringProperty("");
    private final StringProperty preferredLanguage = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final StringProperty personNotes = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    PartyRow(Person person, PartyRole role, String notes) {
        this.person = person;
        this.name.set(CaseFields.nz(person.name()));
        this.role.set(role == null ? PartyRole.AFFECTED : role);
        this.notes.set(CaseFields.nz(notes));
        this.otherNames.set(CaseFields.nz(person.otherNames()));
        this.preferredLanguage.set(CaseFields.nz(person.preferredLanguage()));
        this.contact.set(CaseFields.nz(person.contact()));
        this.birthYear.set(person.birthYear() == null ? "" : Integer.toString(person.birthYear()));
        this.personNotes.set(CaseFields.nz(person.notes()));
    }

    public StringProperty name() { return name; }
    public ObjectProperty<PartyRole> role() { return role; }
    /** Notes on the person's part in this case. */
    public StringProperty notes() { return notes; }
    public StringProperty otherNames() { return otherNames; }
    public StringProperty preferredLanguage() { return preferredLanguage; }
    public StringProperty contact() { return contact; }
    /** The birth year as typed: empty, or four digits. */
    public StringProperty birthYear() { return birthYear; }
    /** Notes about the person, shared by all their cases. */
    public StringProperty personNotes() { return personNotes; }
    public FieldErrors errors() { return errors; }

    /** True for a person already in the vault (picked, not typed in). */
    public boolean existing() {
        return person.id() != null;
    }

    /** The person's id in the vault, null for a person added here. */
    Long personId() {
        return person.id();
    }

    Observable[] observables() {
        return new Observable[] {name, role, notes, otherNames, preferredLanguage, contact, birthYear, personNotes};
    }

    /** The birth year: blank, a year of four digits from 1900 to {@code currentYear}, or not valid. */
    DateText.Parsed<Integer> parsedBirthYear(int currentYear) {
        String t = birthYear.get() == null ? "" : birthYear.get().strip();
        if (t.isEmpty()) {
            return DateText.Parsed.none();
        }
        if (!t.matches("[0-9]{4}")) {
            return DateText.Parsed.unreadable();
        }
        int year = Integer.parseInt(t);
        return year >= FIRST_BIRTH_YEAR && year <= currentYear ? DateText.Parsed.of(year)
                : DateText.Parsed.unreadable();
    }

    /** The party as typed; a birth year that is not valid is left out (validation marks it first). */
    CaseParty toParty(int currentYear) {
        Person p = new Person(person.id(), name.get() == null ? "" : name.get().strip(),
                CaseFields.blankToNull(otherNames.get()), CaseFields.blankToNull(preferredLanguage.get()),
                CaseFields.blankToNull(contact.get()), parsedBirthYear(currentYear).value(), person.pseudonymNo(),
                CaseFields.blankToNull(personNotes.get()));
        return new CaseParty(p, role.get(), CaseFields.blankToNull(notes.get()));
    }
}
