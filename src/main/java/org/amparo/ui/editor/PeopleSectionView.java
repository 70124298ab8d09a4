package org.amparo.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.controlsfx.control.textfield.TextFields;

/** The people section: the case's people, a search over people already in the vault, and adding a new person. */
final class PeopleSectionView {
    private final ListDetail<PartyRow> list;

    PeopleSectionView(CaseEditorViewModel vm) {
        BundleText w = vm.words();
        PeopleSection people = vm.people();
        FormGrid form = new FormGrid();
        StringProperty nameError = new SimpleStringProperty("");
        TextField name = form.add(w.get("field.name"), CaseSectionView.field("personName"), nameError);
        ComboBox<PartyRole> role = form.add(w.get("field.role"),
                Choices.of("personRole", PartyRole.values(), w, "role"), null);
        TextField notes = form.add(w.get("field.notes"), CaseSectionView.field("personNotes"), null);
        TextField otherNames = form.add(w.get("field.otherNames"), CaseSectionView.field("personOtherNames"), null);
        otherNames.setPromptText(w.get("field.otherNames.prompt"));
        TextField language = form.add(w.get("field.language"), CaseSectionView.field("personLanguage"), null);
        TextField contact = form.add(w.get("field.contact"), CaseSectionView.field("personContact"), null);
        contact.setPromptText(w.get("field.contact.prompt"));
        StringProperty birthYearError = new SimpleStringProperty("");
        TextField birthYear = form.add(w.get("field.birthYear"), CaseSectionView.field("personBirthYear"),
                birthYearError);
        birthYear.setPromptText(w.get("field.birthYear.prompt"));
        TextArea about = new TextArea();
        about.setId("personAbout");
        about.setWrapText(true);
        about.setPrefRowCount(3);
        form.add(w.get("field.personNotes"), about, null);
        form.note(new SimpleStringProperty(w.get("people.redactedNote")), "field-reading").setId("personRedactedNote");
        list = new ListDetail<>("people", people.rows(), w.get("section.people"), form.node(), (b, r) -> {
            b.bind(name.textProperty(), r.name());
            b.bind(role.valueProperty(), r.role());
            b.bind(notes.textProperty(), r.notes());
            b.bind(otherNames.textProperty(), r.otherNames());
            b.bind(language.textProperty(), r.preferredLanguage());
            b.bind(contact.textProperty(), r.contact());
            b.bind(birthYear.textProperty(), r.birthYear());
            b.bind(about.textProperty(), r.personNotes());
            b.show(nameError, r.errors().of("name"));
            b.show(birthYearError, r.errors().of("birthYear"));
            name.setEditable(!r.existing());
        });
        list.column(w.get("people.col.name"), 0.5, PartyRow::name);
        list.column(w.get("people.col.role"), 0.3, r -> Bindings.createStringBinding(
                () -> w.of("role", r.role().get()), r.role()));
        list.column(w.get("people.col.kind"), 0.2, r -> Bindings.createStringBinding(
                () -> w.get(r.existing() ? "people.existing" : "people.new")));
        list.rowButton("removePerson", w.get("people.remove"), people::remove);
        list.top(new VBox(8, search(vm, w), addNew(w, people)));
    }

    Node node() {
        return list.node();
    }

    private VBox search(CaseEditorViewModel vm, BundleText w) {
        PeopleSection people = vm.people();
        TextField search = TextFields.createClearableTextField();
        search.setId("personSearch");
        search.setPromptText(w.get("people.search.prompt"));
        search.setAccessibleText(w.get("people.search.prompt"));
        search.textProperty().bindBidirectional(people.search());
        search.setOnAction(e -> people.runSearch());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button go = new Button(w.get("people.search"));
        go.setId("personSearchButton");
        go.setOnAction(e -> people.runSearch());
        ListView<Person> found = new ListView<>(people.matches());
        found.setId("personMatches");
        found.setAccessibleText(w.get("people.search.prompt"));
        found.setPrefHeight(90);
        found.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null
                        : p.name() + (p.otherNames() == null || p.otherNames().isBlank() ? "" : " (" + p.otherNames() + ")"));
            }
        });
        Button add = new Button(w.get("people.addExisting"));
        add.setId("addExistingPerson");
        add.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull());
        Runnable addSelected = () -> {
            Person p = found.getSelectionModel().getSelectedItem();
            if (p != null) {
                list.select(people.addExisting(p, PartyRole.AFFECTED));
            }
        };
        add.setOnAction(e -> addSelected.run());
        found.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addSelected.run();
            }
        });
        return new VBox(6, new HBox(8, search, go), found, add);
    }

    private HBox addNew(BundleText w, PeopleSection people) {
        TextField newName = CaseSectionView.field("newPersonName");
        newName.setPromptText(w.get("people.newName.prompt"));
        newName.setAccessibleText(w.get("people.newName.prompt"));
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = new Button(w.get("people.addNew"));
        add.setId("addNewPerson");
        add.disableProperty().bind(newName.textProperty().isEmpty());
        Runnable addIt = () -> {
            if (!newName.getText().isBlank()) {
                list.select(people.addNew(newName.getText(), PartyRole.AFFECTED));
                newName.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        newName.setOnAction(e -> addIt.run());
        return new HBox(8, newName, add);
    }
}
