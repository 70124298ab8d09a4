package org.amparo.ui.editor;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.EventKind;
import org.amparo.domain.Officer;
import org.amparo.domain.TimelineEvent;

/** One timeline event; its date and time are typed as text and read in the user's language. */
public final class EventRow {
    private final Long id;
    private final Locale locale;
    private final long order;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(EventKind.OTHER);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<ViolationRow> violation = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();

    EventRow(Long id, Locale locale, long order) {
        this.id = id;
        this.locale = locale;
        this.order = order;
    }

    public StringProperty date() { return date; }
    public StringProperty time() { return time; }
    public ObjectProperty<EventKind> kind() { return kind; }
    public StringProperty description() { return description; }
    public StringProperty source() { return source; }
    public ObjectProperty<Agency> agency() { return agency; }
    public ObjectProperty<Officer> officer() { return officer; }
    public ObjectProperty<ViolationRow> violation() { return violation; }
    public FieldErrors errors() { return errors; }

    /** The order the event was added in, to keep events of the same moment stable. */
    long order() {
        return order;
    }

    Observable[] observables() {
        return new Observable[] {date, time, kind, description, source, agency, officer, violation};
    }

    DateText.Parsed<ApproximateDate> parsedDate() {
        return DateText.approximate(date.get(), locale);
    }

    TimelineEvent toEvent(List<ViolationRow> violations) {
        int link = violation.get() == null ? -1 : violations.indexOf(violation.get());
        return new TimelineEvent(id, parsedDate().value(), DateText.time(time.get()).value(), kind.get(),
                CaseFields.blankToNull(description.get()), CaseFields.blankToNull(source.get()),
                agency.get() == null ? null : agency.get().id(), officer.get() == null ? null : officer.get().id(),
                link < 0 ? null : link);
    }
}
