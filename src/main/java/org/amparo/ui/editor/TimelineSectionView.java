package org.amparo.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.amparo.domain.Agency;
import org.amparo.domain.EventKind;
import org.amparo.domain.Officer;

/** The timeline section: the events in date order, and the form of the selected event. */
final class TimelineSectionView {
    private final ListDetail<EventRow> list;

    TimelineSectionView(CaseEditorViewModel vm) {
        BundleText w = vm.words();
        TimelineSection section = vm.timeline();
        FormGrid form = new FormGrid();
        StringProperty dateError = new SimpleStringProperty("");
        StringProperty timeError = new SimpleStringProperty("");
        StringProperty descriptionError = new SimpleStringProperty("");
        TextField date = form.add(w.get("field.date"), CaseSectionView.field("eventDate"), dateError);
        date.setPromptText(w.get("field.incident.prompt"));
        TextField time = form.add(w.get("field.time"), CaseSectionView.field("eventTime"), timeError);
        time.setPromptText(w.get("field.time.prompt"));
        ComboBox<EventKind> kind = form.add(w.get("field.kind"), Choices.of("eventKind", EventKind.values(), w, "kind"),
                null);
        TextArea description = form.add(w.get("field.description"), ViolationsSectionView.area("eventDescription"),
                descriptionError);
        TextField source = form.add(w.get("field.source"), CaseSectionView.field("eventSource"), null);
        ComboBox<Agency> agency = form.add(w.get("field.eventAgency"), Choices.agencies("eventAgency", w), null);
        ComboBox<Officer> officer = form.add(w.get("field.eventOfficer"), Choices.officers("eventOfficer", w), null);
        ComboBox<ViolationRow> violation = form.add(w.get("field.violation"),
                Choices.combo("eventViolation", v -> violationLabel(vm, v), w.get("none")), null);
        ComboSync<Agency> agencies = new ComboSync<>(agency);
        ComboSync<Officer> officers = new ComboSync<>(officer);
        ComboSync<ViolationRow> violations = new ComboSync<>(violation);
        list = new ListDetail<>("events", section.inDateOrder(), w.get("section.timeline"), form.node(), (b, r) -> {
            b.bind(date.textProperty(), r.date());
            b.bind(time.textProperty(), r.time());
            b.bind(kind.valueProperty(), r.kind());
            b.bind(description.textProperty(), r.description());
            b.bind(source.textProperty(), r.source());
            agencies.attach(b, r.agency(), withNone(vm.violations().agencies()));
            officers.attach(b, r.officer(), withNone(vm.violations().reference().officersOf(r.agency().get())));
            violations.attach(b, r.violation(), withNone(vm.violations().rows()));
            javafx.beans.InvalidationListener agencyChanged = o -> {
                if (r.officer().get() != null && (r.agency().get() == null
                        || !r.agency().get().id().equals(r.officer().get().agencyId()))) {
                    r.officer().set(null);
                }
                officers.refill(withNone(vm.violations().reference().officersOf(r.agency().get())));
            };
            r.agency().addListener(agencyChanged);
            b.onRelease(() -> r.agency().removeListener(agencyChanged));
            b.show(dateError, r.errors().of("date"));
            b.show(timeError, r.errors().of("time"));
            b.show(descriptionError, r.errors().of("description"));
        });
        list.column(w.get("timeline.col.date"), 0.22, EventRow::date);
        list.column(w.get("timeline.col.time"), 0.1, EventRow::time);
        list.column(w.get("timeline.col.kind"), 0.23, r -> Bindings.createStringBinding(
                () -> w.of("kind", r.kind().get()), r.kind()));
        list.column(w.get("timeline.col.description"), 0.45, EventRow::description);
        list.button("addEvent", w.get("timeline.add"), () -> {
            EventRow row = section.add();
            row.date().set(vm.fields().incident().get());
            list.select(row);
            date.requestFocus();
        });
        list.rowButton("removeEvent", w.get("timeline.remove"), section::remove);
    }

    Node node() {
        return list.node();
    }

    private static <T> java.util.List<T> withNone(java.util.List<T> items) {
        java.util.List<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(items);
        return out;
    }

    private static String violationLabel(CaseEditorViewModel vm, ViolationRow v) {
        int i = vm.violations().rows().indexOf(v);
        String what = v.provision().get() == null ? "" : v.provision().get().provision().title();
        return vm.words().get("violation.label", i + 1, what);
    }
}
