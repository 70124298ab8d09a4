package org.amparo.ui.trash;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.CaseListRow;
import org.amparo.domain.CaseQuery;
import org.amparo.ui.editor.BundleText;
import org.amparo.ui.editor.EditorContext;

/** The trash: the cases moved there (newest references first), restoring one (undo of a delete), or purging one. */
public final class TrashViewModel {
    static final int LIMIT = 500;
    private final EditorContext ctx;
    private final BundleText words;
    private final ObservableList<CaseListRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TrashViewModel(EditorContext ctx) {
        this.ctx = ctx;
        this.words = new BundleText("org.amparo.ui.trash", ctx.locale());
    }

    public BundleText words() { return words; }
    public ObservableList<CaseListRow> rows() { return rows; }
    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }

    /** Reads the trash in the background. */
    public void refresh() {
        busy.set(true);
        CaseQuery q = new CaseQuery(null, null, null, null, null, null, CaseQuery.SortField.REFERENCE, true, LIMIT, 0,
                true);
        ctx.work().run(() -> ctx.cases().list(q), page -> {
            rows.setAll(page.rows());
            busy.set(false);
            message.set(page.total() == 0 ? words.get("trash.empty") : words.get("trash.count", page.total()));
        }, e -> {
            busy.set(false);
            message.set(words.get("trash.readFailed"));
        });
    }

    /** Puts the case back in the case list. */
    public void restore(CaseListRow row) {
        change(row, () -> ctx.cases().restoreFromTrash(row.reference()), "trash.restored");
    }

    /** Deletes the case for good (the view asks first). */
    public void deleteForever(CaseListRow row) {
        change(row, () -> ctx.cases().deleteForever(row.reference()), "trash.purged");
    }

    private void change(CaseListRow row, java.util.concurrent.Callable<Boolean> work, String doneKey) {
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        ctx.work().run(work, done -> {
            busy.set(false);
            if (done) {
                rows.remove(row);
                message.set(words.get(doneKey, row.reference()));
                ctx.onSaved().run();
            } else {
                message.set(words.get("trash.gone", row.reference()));
            }
        }, e -> {
            busy.set(false);
            message.set(words.get("trash.failed"));
        });
    }
}
