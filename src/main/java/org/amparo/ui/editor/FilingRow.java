package org.amparo.ui.editor;

import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingStatus;

/** One filing at a venue, with the deadline the venue's rule gives for the incident date. */
public final class FilingRow {
    private final Long id;
    private final Locale locale;
    private final ObjectProperty<ComplaintVenue> venue = new SimpleObjectProperty<>();
    private final StringProperty filedOn = new SimpleStringProperty("");
    private final StringProperty referenceNo = new SimpleStringProperty("");
    private final ObjectProperty<FilingStatus> status = new SimpleObjectProperty<>(FilingStatus.PLANNED);
    private final StringProperty outcome = new SimpleStringProperty("");
    /** "Deadline: March 14, 2020" (approximate noted), or "" when the venue has none or there is no date. */
    private final StringProperty deadline = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    FilingRow(Long id, Locale locale) {
        this.id = id;
        this.locale = locale;
    }

    public ObjectProperty<ComplaintVenue> venue() { return venue; }
    public StringProperty filedOn() { return filedOn; }
    public StringProperty referenceNo() { return referenceNo; }
    public ObjectProperty<FilingStatus> status() { return status; }
    public StringProperty outcome() { return outcome; }
    public StringProperty deadline() { return deadline; }
    public FieldErrors errors() { return errors; }

    Observable[] observables() {
        return new Observable[] {venue, filedOn, referenceNo, status, outcome};
    }

    DateText.Parsed<java.time.LocalDate> parsedFiledOn() {
        return DateText.day(filedOn.get(), locale);
    }

    Filing toFiling() {
        return new Filing(id, venue.get() == null ? 0 : venue.get().id(), parsedFiledOn().value(),
                CaseFields.blankToNull(referenceNo.get()), status.get(), CaseFields.blankToNull(outcome.get()));
    }
}
