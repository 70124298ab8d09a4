package org.amparo.ui.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.AuditEntry;
import org.amparo.service.Messages;
import org.amparo.store.audit.AuditTrail;
import org.amparo.ui.common.FxTaskRunner;

/**
 * The log: what happened in the vault (or to one case, its history), newest first, one page at a time read
 * from the audit trail in the background.
 */
public final class LogViewModel {
    static final String BUNDLE = "org.amparo.ui.log";
    /** Entries per page. */
    public static final int PAGE = 100;

    private final AuditTrail trail;
    private final String caseReference;
    private final FxTaskRunner runner;
    private final Messages words;
    private final DateTimeFormatter time;
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(false);
    private int offset;

    /** @param caseReference one case's history, or null for the whole vault's log */
    public LogViewModel(AuditTrail trail, String caseReference, FxTaskRunner runner, Locale locale) {
        this.trail = trail;
        this.caseReference = caseReference;
        this.runner = runner;
        this.words = new Messages(BUNDLE, locale);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(words.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** The newest page. */
    public void load() {
        show(0);
    }

    public void older() {
        if (hasOlder.get()) {
            show(offset + PAGE);
        }
    }

    public void newer() {
        if (hasNewer.get()) {
            show(Math.max(0, offset - PAGE));
        }
    }

    private void show(int from) {
        busy.set(true);
        runner.run(() -> new Page(trail.list(caseReference, PAGE, from), trail.count(caseReference)), page -> {
            busy.set(false);
            offset = from;
            rows.setAll(page.entries().stream().map(this::row).toList());
            hasNewer.set(from > 0);
            hasOlder.set(from + page.entries().size() < page.total());
            pageText.set(page.total() == 0 ? words.get("log.empty")
                    : words.get("log.page", from + 1, from + page.entries().size(), page.total()));
        }, e -> {
            busy.set(false);
            pageText.set(words.get("log.readFailed"));
        });
    }

    private record Page(List<AuditEntry> entries, int total) {
    }

    private LogRow row(AuditEntry e) {
        return new LogRow(time.format(e.at()), e.actor() == null ? "" : e.actor(),
                words.get("log.action." + e.action().name()), nz(e.caseReference()), field(e.field()),
                nz(e.oldValue()), nz(e.newValue()), nz(e.detail()));
    }

    private String field(String name) {
        if (name == null) {
            return "";
        }
        String key = "log.field." + name;
        String said = words.get(key);
        return said.equals(key) ? name : said;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The window's title: the vault's log, or one case's history. */
    public String title() {
        return caseReference == null ? words.get("log.title") : words.get("log.caseTitle", caseReference);
    }

    public Messages words() {
        return words;
    }

    public ObservableList<LogRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }
}
