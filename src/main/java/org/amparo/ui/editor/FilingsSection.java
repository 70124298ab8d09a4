package org.amparo.ui.editor;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingDeadline;

/** The filings section; each filing shows its venue's deadline for the incident date. */
public final class FilingsSection {
    private final Locale locale;
    private final BundleText words;
    private final BundleText rules;
    private final ObservableList<FilingRow> rows = FXCollections.observableArrayList(FilingRow::observables);
    private List<ComplaintVenue> venues = List.of();
    private ApproximateDate incident;

    FilingsSection(Locale locale, BundleText words, BundleText rules) {
        this.locale = locale;
        this.words = words;
        this.rules = rules;
    }

    public ObservableList<FilingRow> rows() { return rows; }

    public List<ComplaintVenue> venues() {
        return venues;
    }

    public FilingRow add() {
        FilingRow row = new FilingRow(null, locale);
        row.venue().addListener((o, a, b) -> deadline(row));
        rows.add(row);
        return row;
    }

    public void remove(FilingRow row) {
        rows.remove(row);
    }

    void use(ReferenceData ref) {
        venues = ref.venues();
    }

    void incidentChanged(ApproximateDate date) {
        incident = date;
        rows.forEach(this::deadline);
    }

    void show(List<Filing> filings, ReferenceData ref) {
        rows.clear();
        for (Filing f : filings) {
            FilingRow row = new FilingRow(f.id(), locale);
            row.venue().set(ref.venue(f.venueId()).orElse(null));
            row.filedOn().set(DateText.show(f.filedOn(), locale));
            row.referenceNo().set(CaseFields.nz(f.referenceNo()));
            row.status().set(f.status());
            row.outcome().set(CaseFields.nz(f.outcome()));
            row.venue().addListener((o, a, b) -> deadline(row));
            deadline(row);
            rows.add(row);
        }
    }

    private void deadline(FilingRow row) {
        ComplaintVenue v = row.venue().get();
        if (v == null || incident == null || !FilingDeadline.isValidPeriod(v.deadlinePeriod())) {
            row.deadline().set("");
            return;
        }
        row.deadline().set(FilingDeadline.of(v.deadlinePeriod(), incident).map(d -> words.get("filing.deadline",
                DateText.show(d.date(), locale)) + (d.approximate() ? " " + rules.get(FilingDeadline.APPROXIMATE_NOTE_KEY) : ""))
                .orElse(""));
    }
}
