package org.amparo.ui.list;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.domain.ApproximateDateText;
import org.amparo.domain.CaseListRow;
import org.amparo.domain.CasePage;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseReference;
import org.amparo.domain.CaseStatus;
import org.amparo.service.Messages;
import org.amparo.ui.common.FxTaskRunner;

/**
 * The case list: search, filters, sort and one page of rows at a time. Every change asks the store for one
 * page ({@link #PAGE_SIZE} rows) and the count; filtering, sorting and paging happen in SQL, never here.
 * Only the newest request is applied: requests overtaken by a later change are skipped.
 */
public final class CaseListViewModel {
    public static final int PAGE_SIZE = 100;
    static final String BUNDLE = "org.amparo.ui.list";

    private final Function<CaseQuery, CasePage> cases;
    private final Supplier<FilterChoices> choices;
    private final FxTaskRunner runner;
    private final ObjectProperty<Locale> locale;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> agency = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> topic = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseQuery.SortField> sortField =
            new SimpleObjectProperty<>(CaseQuery.SortField.INCIDENT_DATE);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(true);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final IntegerBinding pageCount = Bindings.createIntegerBinding(
            () -> Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE), total);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CaseListRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> agencies = FXCollections.observableArrayList();
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final AtomicInteger generation = new AtomicInteger();
    private Consumer<CaseReference> onOpenCase = r -> { };

    /**
     * @param cases   one page of the list for a query (the store's {@code CaseRepository::list})
     * @param choices the filter choices (read once, in the background)
     */
    public CaseListViewModel(Function<CaseQuery, CasePage> cases, Supplier<FilterChoices> choices,
                             FxTaskRunner runner, ObjectProperty<Locale> locale) {
        this.cases = cases;
        this.choices = choices;
        this.runner = runner;
        this.locale = locale;
        searchText.addListener((o, a, b) -> filtersChanged());
        agency.addListener((o, a, b) -> filtersChanged());
        status.addListener((o, a, b) -> filtersChanged());
        topic.addListener((o, a, b) -> filtersChanged());
        from.addListener((o, a, b) -> filtersChanged());
        to.addListener((o, a, b) -> filtersChanged());
        pageIndex.addListener((o, a, b) -> reload());
        // bindings, not listeners: the app's locale outlives this session's list, and a listener on it would keep
        // every locked session's list (and its rows of names) reachable
        countText.bind(Bindings.createStringBinding(() -> words().get("list.count", total.get()), total, locale));
        pageText.bind(Bindings.createStringBinding(
                () -> words().get("list.page", pageIndex.get() + 1, pageCount.get()), pageIndex, pageCount, locale));
    }

    /** Reads the filter choices and the first page. */
    public void start() {
        runner.run(choices::get, c -> {
            agencies.setAll(c.agencies());
            topics.setAll(c.topics());
        }, e -> message.set(words().get("list.loadFailed")));
        reload();
    }

    /** Reads the shown page again (after a case was saved, deleted or restored elsewhere). */
    public void refresh() {
        reload();
    }

    /** Sorts by a column (in SQL) and goes back to the first page. */
    public void sortBy(CaseQuery.SortField field, boolean desc) {
        if (field == sortField.get() && desc == descending.get()) {
            return;
        }
        sortField.set(field);
        descending.set(desc);
        filtersChanged();
    }

    public void nextPage() {
        if (pageIndex.get() < pageCount.get() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    public void firstPage() {
        pageIndex.set(0);
    }

    public void lastPage() {
        pageIndex.set(pageCount.get() - 1);
    }

    /** Empties every filter (the list then shows all cases). */
    public void clearFilters() {
        searchText.set("");
        agency.set(null);
        status.set(null);
        topic.set(null);
        from.set(null);
        to.set(null);
    }

    /** Double-click or Enter on a row. */
    public void open(CaseListRow row) {
        if (row != null) {
            onOpenCase.accept(CaseReference.parse(row.reference()));
        }
    }

    public void setOnOpenCase(Consumer<CaseReference> onOpenCase) {
        this.onOpenCase = onOpenCase == null ? r -> { } : onOpenCase;
    }

    /** The query the list shows now (filters, sort and page). */
    public CaseQuery query() {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        return CaseQuery.all().withText(text.isEmpty() ? null : text).withAgency(agency.get())
                .withStatus(status.get()).withTopic(topic.get()).withDates(from.get(), to.get())
                .sortedBy(sortField.get(), descending.get()).page(PAGE_SIZE, pageIndex.get() * PAGE_SIZE);
    }

    private void filtersChanged() {
        if (pageIndex.get() != 0) {
            pageIndex.set(0); // the page listener reloads
        } else {
            reload();
        }
    }

    private void reload() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            generation.incrementAndGet();
            rows.clear();
            total.set(0);
            message.set(words().get("list.datesReversed"));
            return;
        }
        int gen = generation.incrementAndGet();
        CaseQuery q = query();
        loading.set(true);
        runner.run(() -> gen == generation.get() ? cases.apply(q) : null, page -> {
            if (page == null || gen != generation.get()) {
                return;
            }
            loading.set(false);
            message.set("");
            total.set(page.total());
            rows.setAll(page.rows());
        }, e -> {
            if (gen == generation.get()) {
                loading.set(false);
                message.set(words().get("list.loadFailed"));
            }
        });
    }

    private Messages words() {
        return new Messages(BUNDLE, locale.get());
    }

    /** The incident date as written (an approximate one stays approximate), in the user's language. */
    public String incidentText(CaseListRow row) {
        return row.incidentDate() == null ? "" : ApproximateDateText.display(row.incidentDate(), locale.get());
    }

    public String statusText(CaseStatus s) {
        return s == null ? words().get("list.allStatuses") : words().get("status." + s.name());
    }

    /**
     * A policy topic key ({@code prolonged-stop}) in the user's language; a topic the user added (not named in
     * the bundle) is shown as its key in words.
     */
    public String topicText(String topicKey) {
        if (topicKey == null || topicKey.isBlank()) {
            return "";
        }
        String key = "topic." + topicKey;
        Messages w = words();
        if (w.bundle().containsKey(key)) {
            return w.get(key);
        }
        String words = topicKey.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<String> agencyProperty() {
        return agency;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> topicProperty() {
        return topic;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<CaseQuery.SortField> sortFieldProperty() {
        return sortField;
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending.getReadOnlyProperty();
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerBinding pageCountProperty() {
        return pageCount;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<CaseListRow> rows() {
        return rows;
    }

    public ObservableList<String> agencies() {
        return agencies;
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }
}
