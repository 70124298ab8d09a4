package org.amparo.ui.check;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.CaseReference;
import org.amparo.service.Messages;
import org.amparo.service.backup.VaultCheck;
import org.amparo.store.check.IntegrityReport;
import org.amparo.ui.common.FxTaskRunner;

/**
 * The integrity check on demand and weekly on open: reads the whole vault in the background and lists what is
 * wrong in plain words, each with the case it touches; a problem that names a case opens it in the editor.
 */
public final class CheckViewModel {
    static final String BUNDLE = "org.amparo.ui.check";

    private final VaultCheck check;
    private final FxTaskRunner runner;
    private final Messages words;
    private final ObservableList<CheckProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CheckProblem> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canOpenSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Consumer<CaseReference> onOpenCase;

    public CheckViewModel(VaultCheck check, FxTaskRunner runner, Locale locale) {
        this.check = check;
        this.runner = runner;
        this.words = new Messages(BUNDLE, locale);
        selected.addListener((o, a, b) -> updateCanOpen());
    }

    /** How a case is opened in the editor (the composition root's); without it no problem can open its case. */
    public void setOnOpenCase(Consumer<CaseReference> onOpenCase) {
        this.onOpenCase = onOpenCase;
        updateCanOpen();
    }

    /** The problem the user picked in the list (null for none). */
    public void select(CheckProblem problem) {
        selected.set(problem);
    }

    /** "Open case", Enter and double-click: opens the case the selected problem names, if it names one. */
    public void openSelected() {
        if (canOpenSelected.get()) {
            onOpenCase.accept(selected.get().caseToOpen());
        }
    }

    private void updateCanOpen() {
        CheckProblem p = selected.get();
        canOpenSelected.set(onOpenCase != null && p != null && p.caseToOpen() != null);
    }

    /** Runs the check now. */
    public void run() {
        run(r -> { });
    }

    /** The weekly check on open: runs only when the last one is a week old; {@code onProblems} when it finds any. */
    public void runIfDue(Runnable onProblems) {
        // one task: queued before a lock's close, it never reads a closed vault
        runner.run(() -> check.isDue(VaultCheck.WEEKLY) ? check.run() : null, report -> {
            if (report != null) {
                show(report);
                if (!report.ok()) {
                    onProblems.run();
                }
            }
        }, e -> { });
    }

    private void run(Consumer<IntegrityReport> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        summary.set(words.get("check.running"));
        problems.clear();
        selected.set(null);
        runner.run(check::run, report -> {
            busy.set(false);
            show(report);
            then.accept(report);
        }, e -> {
            busy.set(false);
            summary.set(words.get("check.failed"));
        });
    }

    private void show(IntegrityReport report) {
        selected.set(null);
        problems.setAll(report.problems().stream()
                .map(p -> new CheckProblem(describe(p), p.caseReference())).toList());
        long cases = report.counts().getOrDefault("case_file", 0L);
        long rows = report.counts().values().stream().mapToLong(Long::longValue).sum();
        if (report.damaged()) {
            summary.set(words.get("check.damaged"));
        } else if (report.ok()) {
            summary.set(words.get("check.ok", cases, rows));
        } else {
            summary.set(words.get("check.problems", report.problems().size(), cases));
        }
    }

    /** One problem in plain words: the case it touches, then what is wrong with it. */
    String describe(IntegrityReport.Problem p) {
        String what = words.get("check.problem." + p.code());
        if (what.equals("check.problem." + p.code())) {
            what = p.detail(); // a kind this screen does not know yet: the check's own words
        }
        return p.caseReference() == null ? what : words.get("check.inCase", p.caseReference(), what);
    }

    public Messages words() {
        return words;
    }

    public ObservableList<CheckProblem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<CheckProblem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True when the selected problem names a case the editor can open. */
    public ReadOnlyBooleanProperty canOpenSelectedProperty() {
        return canOpenSelected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
