package org.amparo.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.FilingStatus;

/** The filings section: venue, date, reference, status, outcome, and the venue's deadline. */
final class FilingsSectionView {
    private final ListDetail<FilingRow> list;

    FilingsSectionView(CaseEditorViewModel vm) {
        BundleText w = vm.words();
        FilingsSection section = vm.filings();
        FormGrid form = new FormGrid();
        StringProperty venueError = new SimpleStringProperty("");
        StringProperty filedError = new SimpleStringProperty("");
        StringProperty deadline = new SimpleStringProperty("");
        ComboBox<ComplaintVenue> venue = form.add(w.get("field.venue"),
                Choices.combo("filingVenue", ComplaintVenue::name, w.get("none")), venueError);
        form.note(deadline, "field-reading");
        TextField filedOn = form.add(w.get("field.filedOn"), CaseSectionView.field("filingFiledOn"), filedError);
        filedOn.setPromptText(w.get("field.day.prompt"));
        TextField reference = form.add(w.get("field.referenceNo"), CaseSectionView.field("filingReference"), null);
        ComboBox<FilingStatus> status = form.add(w.get("field.filingStatus"),
                Choices.of("filingStatus", FilingStatus.values(), w, "filingStatus"), null);
        TextField outcome = form.add(w.get("field.filingOutcome"), CaseSectionView.field("filingOutcome"), null);
        ComboSync<ComplaintVenue> venues = new ComboSync<>(venue);
        list = new ListDetail<>("filings", section.rows(), w.get("section.filings"), form.node(), (b, r) -> {
            venues.attach(b, r.venue(), section.venues());
            b.bind(filedOn.textProperty(), r.filedOn());
            b.bind(reference.textProperty(), r.referenceNo());
            b.bind(status.valueProperty(), r.status());
            b.bind(outcome.textProperty(), r.outcome());
            b.show(deadline, r.deadline());
            b.show(venueError, r.errors().of("venueId"));
            b.show(filedError, r.errors().of("filedOn"));
        });
        list.column(w.get("filings.col.venue"), 0.4, r -> Bindings.createStringBinding(
                () -> r.venue().get() == null ? "" : r.venue().get().name(), r.venue()));
        list.column(w.get("filings.col.filedOn"), 0.2, FilingRow::filedOn);
        list.column(w.get("filings.col.status"), 0.15, r -> Bindings.createStringBinding(
                () -> w.of("filingStatus", r.status().get()), r.status()));
        list.column(w.get("filings.col.deadline"), 0.25, FilingRow::deadline);
        list.button("addFiling", w.get("filings.add"), () -> list.select(section.add()));
        list.rowButton("removeFiling", w.get("filings.remove"), section::remove);
    }

    Node node() {
        return list.node();
    }
}
