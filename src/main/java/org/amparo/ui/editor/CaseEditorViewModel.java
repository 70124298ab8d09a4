package org.amparo.ui.editor;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.TimelineEvent;

/**
 * The case editor's state and commands: the five sections, whether anything changed since the case was opened
 * or saved, inline validation in the user's language, and save / move to trash on the background thread.
 */
public final class CaseEditorViewModel {
    private final EditorContext ctx;
    private final BundleText words;
    private final CaseFields fields;
    private final PeopleSection people;
    private final ViolationsSection violations;
    private final TimelineSection timeline;
    private final FilingsSection filings;
    private final EditorValidation validation;
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private CaseRecord opened;
    private boolean showing;

    public CaseEditorViewModel(EditorContext ctx) {
        this.ctx = ctx;
        this.words = BundleText.editor(ctx.locale());
        BundleText rules = BundleText.validation(ctx.locale());
        this.fields = new CaseFields(words.locale());
        this.people = new PeopleSection(ctx.lookups(), ctx.work());
        this.violations = new ViolationsSection(rules);
        this.timeline = new TimelineSection(words.locale());
        this.filings = new FilingsSection(words.locale(), words, rules);
        this.validation = new EditorValidation(words, rules);
        fields.observables().forEach(o -> o.addListener(this::changed));
        fields.incident().addListener((o, a, b) -> incidentChanged());
        people.rows().addListener(this::changed);
        violations.rows().addListener(this::changed);
        violations.rows().addListener((ListChangeListener<ViolationRow>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(timeline::unlink);
            }
        });
        timeline.rows().addListener(this::changed);
        filings.rows().addListener(this::changed);
        title.set(words.get("editor.title.new"));
    }

    public BundleText words() { return words; }
    public CaseFields fields() { return fields; }
    public PeopleSection people() { return people; }
    public ViolationsSection violations() { return violations; }
    public TimelineSection timeline() { return timeline; }
    public FilingsSection filings() { return filings; }
    public EditorContext context() { return ctx; }

    /** The case reference once saved, "" for a new case. */
    public ReadOnlyStringProperty reference() { return reference.getReadOnlyProperty(); }
    /** The window title: "Case 2019-0001 — I-89 roadside hold", with a mark while there are unsaved changes. */
    public ReadOnlyStringProperty windowTitle() { return title.getReadOnlyProperty(); }
    /** The status line: saved, could not save, fix the marked fields... */
    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
    /** True once the reference data (and the case) are loaded and the form can be used. */
    public ReadOnlyBooleanProperty ready() { return ready.getReadOnlyProperty(); }

    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    /** Loads the reference data and the case (null: a new case) in the background, then shows it. */
    public void open(String caseReference) {
        busy.set(true);
        message.set(words.get("editor.loading"));
        ctx.work().run(() -> new Opened(ReferenceData.load(ctx.reference()), caseReference == null ? null
                : ctx.cases().load(caseReference).orElseThrow(() -> new IllegalStateException("no such case"))),
                o -> {
                    violations.use(o.ref());
                    filings.use(o.ref());
                    show(o.record() == null ? CaseRecord.newCase("") : o.record());
                    busy.set(false);
                    ready.set(true);
                    message.set("");
                }, e -> {
                    busy.set(false);
                    message.set(words.get("editor.openFailed"));
                });
    }

    /** Checks the form; marks every problem inline and returns true when the case can be saved. */
    public boolean validate() {
        return validation.check(this, today());
    }

    /** The case as the form holds it now (events in date order); dates that cannot be read are left out. */
    public CaseRecord draft() {
        List<ViolationRow> vs = List.copyOf(violations.rows());
        int year = today().getYear();
        List<CaseParty> parties = people.rows().stream().map(r -> r.toParty(year)).toList();
        List<TimelineEvent> events = timeline.inDateOrder().stream().map(e -> e.toEvent(vs)).toList();
        DateText.Parsed<LocalDate> intake = DateText.day(fields.intake().get(), words.locale());
        DateText.Parsed<LocalDate> settled = DateText.day(fields.settlementDate().get(), words.locale());
        return new CaseRecord(opened == null ? null : opened.id(), opened == null ? null : opened.reference(),
                fields.title().get() == null ? "" : fields.title().get().strip(), fields.status().get(),
                fields.incidentDate().value(), CaseFields.blankToNull(fields.place().get()),
                CaseFields.blankToNull(fields.narrative().get()), intake.value(),
                CaseFields.blankToNull(fields.outcome().get()), fields.amount(), settled.value(), fields.tagList(),
                parties, vs.stream().map(ViolationRow::toViolation).toList(), events,
                filings.rows().stream().map(FilingRow::toFiling).toList());
    }

    /**
     * Saves the whole case in one transaction in the background; the form stays as typed if it fails.
     *
     * @param whenSaved run on the UI thread after a successful save (e.g. close the window), may be null
     */
    public void save(Runnable whenSaved) {
        if (busy.get()) {
            return;
        }
        if (!validate()) {
            message.set(words.get("editor.fixProblems"));
            return;
        }
        CaseRecord toSave = draft();
        busy.set(true);
        message.set(words.get("editor.saving"));
        ctx.work().run(() -> ctx.cases().save(toSave), saved -> {
            show(saved);
            busy.set(false);
            message.set(words.get("editor.saved", saved.reference()));
            ctx.onSaved().run();
            if (whenSaved != null) {
                whenSaved.run();
            }
        }, e -> {
            busy.set(false);
            message.set(words.get("editor.saveFailed"));
        });
    }

    /** Moves the saved case to the trash (it can be restored there); nothing happens for a case never saved. */
    public void moveToTrash(Runnable whenDone) {
        if (opened == null || opened.reference() == null || busy.get()) {
            return;
        }
        String ref = opened.reference();
        busy.set(true);
        ctx.work().run(() -> ctx.cases().moveToTrash(ref), moved -> {
            busy.set(false);
            dirty.set(false);
            ctx.onSaved().run();
            if (whenDone != null) {
                whenDone.run();
            }
        }, e -> {
            busy.set(false);
            message.set(words.get("editor.deleteFailed"));
        });
    }

    /** The case as typed, for the printed timeline; empty (and the problems marked) when the form has problems. */
    public java.util.Optional<CaseRecord> forPrinting() {
        if (!validate()) {
            message.set(words.get("editor.printFixFirst"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(draft());
    }

    /** True when the case was saved at least once (it can be deleted, and printed from the vault). */
    public boolean isSaved() {
        return opened != null && opened.reference() != null;
    }

    LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    private void show(CaseRecord c) {
        showing = true;
        try {
            opened = c;
            fields.show(c);
            people.rows().clear();
            c.parties().forEach(p -> people.rows().add(rowOf(p)));
            violations.incidentChanged(c.incidentDate());
            violations.show(c.violations());
            timeline.show(c.events(), violations.rows(), violations.reference());
            filings.incidentChanged(c.incidentDate());
            filings.show(c.filings(), violations.reference());
            reference.set(c.reference() == null ? "" : c.reference());
            dirty.set(false);
            validation.clear(this);
        } finally {
            showing = false;
        }
        updateTitle();
    }

    private static PartyRow rowOf(CaseParty p) {
        return new PartyRow(p.person(), p.role(), p.notes());
    }

    private void incidentChanged() {
        ApproximateDate d = fields.incidentDate().value();
        violations.incidentChanged(d);
        filings.incidentChanged(d);
    }

    private void changed(Observable o) {
        if (showing) {
            return;
        }
        dirty.set(true);
        validate();
        updateTitle();
    }

    private void updateTitle() {
        String t = fields.title().get() == null || fields.title().get().isBlank() ? "" : fields.title().get().strip();
        String base = isSaved() ? words.get("editor.title.case", opened.reference(), t) : words.get("editor.title.new");
        title.set(dirty.get() ? "* " + base : base);
    }

    private record Opened(ReferenceData ref, CaseRecord record) {
    }
}
