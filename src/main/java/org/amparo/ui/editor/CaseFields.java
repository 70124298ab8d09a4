package org.amparo.ui.editor;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;

/** The case section: title, status, incident date and place, narrative, intake, outcome, settlement, tags. */
public final class CaseFields {
    private final Locale locale;
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.INTAKE);
    final StringProperty incident = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty narrative = new SimpleStringProperty("");
    final StringProperty intake = new SimpleStringProperty("");
    final StringProperty outcome = new SimpleStringProperty("");
    final StringProperty settlementAmount = new SimpleStringProperty("");
    final StringProperty settlementDate = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");
    /** How the incident date was understood ("spring 2019: March 20 to June 20, 2019"), or empty. */
    final StringProperty incidentReading = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors();

    CaseFields(Locale locale) {
        this.locale = locale;
        incident.addListener((o, a, b) -> incidentReading.set(reading()));
    }

    public StringProperty title() { return title; }
    public ObjectProperty<CaseStatus> status() { return status; }
    public StringProperty incident() { return incident; }
    public StringProperty place() { return place; }
    public StringProperty narrative() { return narrative; }
    public StringProperty intake() { return intake; }
    public StringProperty outcome() { return outcome; }
    public StringProperty settlementAmount() { return settlementAmount; }
    public StringProperty settlementDate() { return settlementDate; }
    public StringProperty tags() { return tags; }
    public StringProperty incidentReading() { return incidentReading; }
    public FieldErrors errors() { return errors; }

    List<Observable> observables() {
        return List.of(title, status, incident, place, narrative, intake, outcome, settlementAmount, settlementDate,
                tags);
    }

    DateText.Parsed<ApproximateDate> incidentDate() {
        return DateText.approximate(incident.get(), locale);
    }

    /** The amount typed in the user's format ("35,000.00" / "35.000,00") or plain digits; null when blank or bad. */
    BigDecimal amount() {
        String t = settlementAmount.get() == null ? "" : settlementAmount.get().strip().replace("$", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (f instanceof java.text.DecimalFormat df) {
            df.setParseBigDecimal(true);
        }
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(t, pos);
        return n == null || pos.getIndex() != t.length() ? null : new BigDecimal(n.toString());
    }

    boolean amountInvalid() {
        return !(settlementAmount.get() == null || settlementAmount.get().isBlank()) && amount() == null;
    }

    List<String> tagList() {
        return Arrays.stream(tags.get() == null ? new String[0] : tags.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    void show(CaseRecord c) {
        title.set(nz(c.title()));
        status.set(c.status() == null ? CaseStatus.INTAKE : c.status());
        incident.set(DateText.show(c.incidentDate(), locale));
        place.set(nz(c.place()));
        narrative.set(nz(c.narrative()));
        intake.set(DateText.show(c.intakeDate(), locale));
        outcome.set(nz(c.outcome()));
        settlementAmount.set(c.settlementAmount() == null ? ""
                : NumberFormat.getNumberInstance(locale).format(c.settlementAmount()));
        settlementDate.set(DateText.show(c.settlementDate(), locale));
        tags.set(String.join(", ", c.tags()));
    }

    private String reading() {
        ApproximateDate d = incidentDate().value();
        if (d == null || !d.isApproximate()) {
            return "";
        }
        return DateText.show(d.earliest(), locale) + " – " + DateText.show(d.latest(), locale);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
