package org.amparo.ui.editor;

import java.time.LocalDate;
import java.util.List;
import org.amparo.domain.CaseValidation;
import org.amparo.domain.ValidationProblem;

/**
 * Puts the form's problems next to their fields: text that is not a date, time or amount (the editor's words), and
 * what {@link CaseValidation} finds in the case (the validation bundle's words).
 */
final class EditorValidation {
    private final BundleText words;
    private final BundleText rules;

    EditorValidation(BundleText words, BundleText rules) {
        this.words = words;
        this.rules = rules;
    }

    void clear(CaseEditorViewModel vm) {
        vm.fields().errors().clear();
        vm.people().rows().forEach(r -> r.errors().clear());
        vm.violations().rows().forEach(r -> r.errors().clear());
        vm.timeline().rows().forEach(r -> r.errors().clear());
        vm.filings().rows().forEach(r -> r.errors().clear());
    }

    /** Marks every problem; true when there is none. */
    boolean check(CaseEditorViewModel vm, LocalDate today) {
        clear(vm);
        boolean ok = unreadable(vm);
        ok &= birthYears(vm, today.getYear());
        List<ValidationProblem> problems = CaseValidation.validate(vm.draft(), today);
        for (ValidationProblem p : problems) {
            FieldErrors target = target(vm, p);
            if (target != null) {
                target.add(field(p.field()), rules.get(p.messageKey()));
            }
        }
        return ok && problems.isEmpty();
    }

    private boolean unreadable(CaseEditorViewModel vm) {
        boolean ok = true;
        CaseFields f = vm.fields();
        ok &= mark(f.errors(), "incidentDate", f.incidentDate().invalid(), "error.date");
        ok &= mark(f.errors(), "intakeDate", DateText.day(f.intake().get(), words.locale()).invalid(), "error.day");
        ok &= mark(f.errors(), "settlementDate", DateText.day(f.settlementDate().get(), words.locale()).invalid(),
                "error.day");
        ok &= mark(f.errors(), "settlementAmount", f.amountInvalid(), "error.amount");
        for (EventRow e : vm.timeline().rows()) {
            ok &= mark(e.errors(), "date", e.parsedDate().invalid(), "error.date");
            ok &= mark(e.errors(), "time", DateText.time(e.time().get()).invalid(), "error.time");
        }
        for (FilingRow r : vm.filings().rows()) {
            ok &= mark(r.errors(), "filedOn", r.parsedFiledOn().invalid(), "error.day");
        }
        return ok;
    }

    /** A birth year is empty or four digits from 1900 to this year; the message says which years. */
    private boolean birthYears(CaseEditorViewModel vm, int currentYear) {
        boolean ok = true;
        for (PartyRow r : vm.people().rows()) {
            if (r.parsedBirthYear(currentYear).invalid()) {
                r.errors().add("birthYear", words.get("error.birthYear", Integer.toString(PartyRow.FIRST_BIRTH_YEAR),
                        Integer.toString(currentYear)));
                ok = false;
            }
        }
        return ok;
    }

    private boolean mark(FieldErrors errors, String field, boolean bad, String key) {
        if (bad) {
            errors.add(field, words.get(key));
        }
        return !bad;
    }

    /** The form a problem belongs to: the case fields, or the row at its index (events in date order). */
    private static FieldErrors target(CaseEditorViewModel vm, ValidationProblem p) {
        Integer i = p.index();
        String f = p.field();
        if (i == null) {
            return vm.fields().errors();
        }
        if (f.startsWith("parties.")) {
            return vm.people().rows().get(i).errors();
        }
        if (f.startsWith("violations.")) {
            return vm.violations().rows().get(i).errors();
        }
        if (f.startsWith("events.")) {
            return vm.timeline().inDateOrder().get(i).errors();
        }
        if (f.startsWith("filings.")) {
            return vm.filings().rows().get(i).errors();
        }
        return null;
    }

    /** The field's name inside its form: "violations.agencyId" is "agencyId" of that violation's form. */
    private static String field(String f) {
        return switch (f) {
            case "parties.person.name" -> "name";
            default -> f.substring(f.indexOf('.') + 1);
        };
    }
}
