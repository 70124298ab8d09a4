package org.amparo.ui.reference;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Certainty;
import org.amparo.domain.PolicyVersion;
import org.amparo.ui.editor.DateText;

/** Which policy version an agency followed from when (exact or approximate) to when, with source and certainty. */
public final class AdoptionForm {
    private final Locale locale;
    final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    final ObjectProperty<PolicyVersion> version = new SimpleObjectProperty<>();
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty to = new SimpleStringProperty("");
    final StringProperty source = new SimpleStringProperty("");
    final ObjectProperty<Certainty> certainty = new SimpleObjectProperty<>(Certainty.REPORTED);
    final StringProperty error = new SimpleStringProperty("");

    AdoptionForm(Locale locale) {
        this.locale = locale;
    }

    public ObjectProperty<Agency> agency() { return agency; }
    public ObjectProperty<PolicyVersion> version() { return version; }
    public StringProperty from() { return from; }
    public StringProperty to() { return to; }
    public StringProperty source() { return source; }
    public ObjectProperty<Certainty> certainty() { return certainty; }
    public StringProperty error() { return error; }

    void load(AgencyAdoption a, Agency of, PolicyVersion v, String sourceText) {
        agency.set(of);
        version.set(v);
        from.set(a == null ? "" : DateText.show(a.adoptedFrom(), locale));
        to.set(a == null ? "" : DateText.show(a.adoptedTo(), locale));
        source.set(Texts.nz(sourceText));
        certainty.set(a == null ? Certainty.REPORTED : a.certainty());
        error.set("");
    }

    DateText.Parsed<ApproximateDate> fromDate() {
        return DateText.approximate(from.get(), locale);
    }

    DateText.Parsed<LocalDate> toDate() {
        return DateText.day(to.get(), locale);
    }

    AgencyAdoption toAdoption() {
        return new AgencyAdoption(agency.get().id(), version.get().id(), fromDate().value(), toDate().value(),
                certainty.get());
    }
}
