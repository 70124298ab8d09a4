package org.amparo.ui.editor;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.Agency;
import org.amparo.domain.Officer;
import org.amparo.domain.Violation;

/** One violation: the agency, an optional officer, the provision chosen in the picker, what happened. */
public final class ViolationRow {
    private final Long id;
    private final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<ProvisionChoice> provision = new SimpleObjectProperty<>();
    private final StringProperty whatHappened = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    /** The in-force note for the chosen provision ("" when it was in force). */
    private final StringProperty inForceNote = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    ViolationRow(Long id) {
        this.id = id;
        agency.addListener((o, a, b) -> {
            if (officer.get() != null && (b == null || !b.id().equals(officer.get().agencyId()))) {
                officer.set(null);
            }
        });
    }

    public ObjectProperty<Agency> agency() { return agency; }
    public ObjectProperty<Officer> officer() { return officer; }
    public ObjectProperty<ProvisionChoice> provision() { return provision; }
    public StringProperty whatHappened() { return whatHappened; }
    public StringProperty evidence() { return evidence; }
    public StringProperty inForceNote() { return inForceNote; }
    public FieldErrors errors() { return errors; }

    Observable[] observables() {
        return new Observable[] {agency, officer, provision, whatHappened, evidence};
    }

    Violation toViolation() {
        return new Violation(id, provision.get() == null ? 0 : provision.get().provision().id(),
                agency.get() == null ? 0 : agency.get().id(), officer.get() == null ? null : officer.get().id(),
                CaseFields.blankToNull(whatHappened.get()), CaseFields.blankToNull(evidence.get()));
    }
}
