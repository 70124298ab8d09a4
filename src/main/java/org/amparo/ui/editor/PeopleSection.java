package org.amparo.ui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.amparo.store.cases.CaseLookups;

/** The people section: the case's people with their roles, and a search over the people already in the vault. */
public final class PeopleSection {
    static final int SEARCH_LIMIT = 50;
    private final ObservableList<PartyRow> rows = FXCollections.observableArrayList(PartyRow::observables);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Person> matches = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final CaseLookups lookups;
    private final BackgroundWork work;
    private int generation;

    PeopleSection(CaseLookups lookups, BackgroundWork work) {
        this.lookups = lookups;
        this.work = work;
    }

    public ObservableList<PartyRow> rows() { return rows; }
    public StringProperty search() { return search; }
    public ObservableList<Person> matches() { return matches; }
    public ReadOnlyBooleanProperty searching() { return searching.getReadOnlyProperty(); }

    /** Looks for people whose name holds the search text (in the background); the newest search wins. */
    public void runSearch() {
        String text = search.get() == null ? "" : search.get().strip();
        int mine = ++generation;
        if (text.isEmpty()) {
            matches.clear();
            return;
        }
        searching.set(true);
        work.run(() -> lookups.findPeople(text, SEARCH_LIMIT), found -> {
            if (mine == generation) {
                matches.setAll(found);
                searching.set(false);
            }
        }, failed -> searching.set(false));
    }

    /** Adds a person already in the vault; a person already in this case is not added twice. */
    public PartyRow addExisting(Person p, PartyRole role) {
        for (PartyRow r : rows) {
            if (r.existing() && r.personId().equals(p.id())) {
                return r;
            }
        }
        PartyRow row = new PartyRow(p, role, null);
        rows.add(row);
        return row;
    }

    /** Adds a new person, created in the vault when the case is saved. */
    public PartyRow addNew(String name, PartyRole role) {
        PartyRow row = new PartyRow(Person.named(name == null ? "" : name.strip()), role, null);
        rows.add(row);
        return row;
    }

    public void remove(PartyRow row) {
        rows.remove(row);
    }
}
