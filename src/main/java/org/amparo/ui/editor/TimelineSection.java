package org.amparo.ui.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.TimelineEvent;

/**
 * The timeline section. Events are shown in date order whatever order they were typed in: by the earliest possible
 * day, then the time (events without a time first), then the order they were added; events whose date cannot be
 * read yet go last.
 */
public final class TimelineSection {
    static final Comparator<EventRow> DATE_ORDER = Comparator
            .comparing((EventRow e) -> earliest(e), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> DateText.time(e.time().get()).value(), Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparingLong(EventRow::order);

    private final Locale locale;
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList(EventRow::observables);
    private final SortedList<EventRow> inDateOrder = new SortedList<>(rows, DATE_ORDER);
    private long added;

    TimelineSection(Locale locale) {
        this.locale = locale;
    }

    /** The events as typed (for adding and removing). */
    public ObservableList<EventRow> rows() { return rows; }

    /** The events in date order, re-sorted as dates and times change: what the table shows and what is saved. */
    public SortedList<EventRow> inDateOrder() { return inDateOrder; }

    public EventRow add() {
        EventRow row = new EventRow(null, locale, added++);
        rows.add(row);
        return row;
    }

    public void remove(EventRow row) {
        rows.remove(row);
    }

    /** A violation was removed: events that showed it no longer link to it. */
    void unlink(ViolationRow removed) {
        rows.stream().filter(e -> e.violation().get() == removed).forEach(e -> e.violation().set(null));
    }

    void show(List<TimelineEvent> events, List<ViolationRow> violations, ReferenceData ref) {
        rows.clear();
        for (TimelineEvent e : events) {
            EventRow row = new EventRow(e.id(), locale, added++);
            row.date().set(DateText.show(e.date(), locale));
            row.time().set(DateText.show(e.time()));
            row.kind().set(e.kind());
            row.description().set(CaseFields.nz(e.description()));
            row.source().set(CaseFields.nz(e.source()));
            row.agency().set(ref.agency(e.agencyId()).orElse(null));
            row.officer().set(ref.officer(e.officerId()).orElse(null));
            Integer link = e.violationIndex();
            row.violation().set(link == null || link < 0 || link >= violations.size() ? null : violations.get(link));
            rows.add(row);
        }
    }

    private static LocalDate earliest(EventRow e) {
        ApproximateDate d = e.parsedDate().value();
        return d == null ? null : d.earliest();
    }
}
