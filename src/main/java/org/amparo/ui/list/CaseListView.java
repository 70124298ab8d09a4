package org.amparo.ui.list;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.amparo.domain.CaseListRow;
import org.amparo.domain.CaseQuery.SortField;
import org.amparo.domain.CaseStatus;
import org.amparo.service.Messages;
import org.amparo.ui.common.Controls;
import org.controlsfx.control.textfield.TextFields;

/** The case list (the main window's centre): search, filters, the table of one page, the pager. */
public final class CaseListView {
    private final CaseListViewModel vm;
    private final Messages w;
    private final BorderPane root = new BorderPane();
    private final TextField search;
    private final TableView<CaseListRow> table = new TableView<>();
    private final Button newCase = new Button();

    public CaseListView(CaseListViewModel vm) {
        this.vm = vm;
        this.w = new Messages(CaseListViewModel.BUNDLE, vm.localeProperty().get());
        root.setId("caseList");
        search = TextFields.createClearableTextField();
        search.setId("searchField");
        search.setPromptText(w.get("list.search"));
        search.setAccessibleText(w.get("list.search"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setPrefColumnCount(22);
        Label searchMark = new Label(w.get("list.searchLabel"));
        searchMark.getStyleClass().add("search-mark");
        ((org.controlsfx.control.textfield.CustomTextField) search).setLeft(searchMark);
        root.setTop(new VBox(8, toolbar(), filters()));
        root.getTop().getStyleClass().add("list-header");
        buildTable();
        linkSearchAndTable();
        root.setCenter(table);
        root.setBottom(pager());
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+F. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The "New case" button runs this; without one (no editor in this build) the button is disabled. */
    public void setOnNewCase(Runnable action) {
        newCase.setDisable(action == null);
        newCase.setOnAction(action == null ? null : e -> action.run());
    }

    public TableView<CaseListRow> table() {
        return table;
    }

    private HBox toolbar() {
        Label count = new Label();
        count.setId("caseCount");
        count.getStyleClass().add("count-text");
        count.textProperty().bind(vm.countTextProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.setAccessibleText(w.get("list.loading"));
        newCase.setId("newCaseButton");
        newCase.setText(w.get("list.newCase"));
        newCase.setAccessibleText(w.get("list.newCase"));
        newCase.getStyleClass().add("primary");
        newCase.setDisable(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, search, count, loading, grow, newCase);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox filters() {
        ComboBox<String> agency = choice("agencyFilter", w.get("list.agency"), w.get("list.allAgencies"),
                vm.agencies(), vm.agencyProperty(), s -> s);
        ComboBox<String> topic = choice("topicFilter", w.get("list.topic"), w.get("list.allTopics"),
                vm.topics(), vm.topicProperty(), vm::topicText);
        agency.setPrefWidth(260);
        ComboBox<CaseStatus> status = choice("statusFilter", w.get("list.status"), w.get("list.allStatuses"),
                javafx.collections.FXCollections.observableArrayList(CaseStatus.values()), vm.statusProperty(),
                vm::statusText);
        DatePicker from = datePicker("fromFilter", w.get("list.from"), vm.fromProperty());
        DatePicker to = datePicker("toFilter", w.get("list.to"), vm.toProperty());
        Button clear = new Button(w.get("list.clearFilters"));
        clear.setId("clearFilters");
        clear.setAccessibleText(w.get("list.clearFilters"));
        clear.setOnAction(e -> vm.clearFilters());
        Label message = new Label();
        message.setId("listMessage");
        message.getStyleClass().add("message-text");
        message.textProperty().bind(vm.messageProperty());
        HBox box = new HBox(8, agency, status, topic, new Label(w.get("list.incident")), from, to, clear, message);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A filter picker whose first entry (no value) means "all". */
    private static <T> ComboBox<T> choice(String id, String name, String all,
                                          javafx.collections.ObservableList<T> values,
                                          javafx.beans.property.ObjectProperty<T> bound, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(name);
        box.setPromptText(all);
        Runnable fill = () -> {
            java.util.List<T> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(bound.get()); // new choices never change the filter
        };
        // the lists and filters are the view model's, which outlives this view (a language switch builds another)
        Controls.listenAsLongAs(box, values, o -> fill.run());
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? all : text.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        fill.run();
        box.valueProperty().addListener((o, a, b) -> bound.set(b));
        Controls.listenAsLongAs(box, bound, o -> box.setValue(bound.get()));
        return box;
    }

    private static DatePicker datePicker(String id, String name,
                                         javafx.beans.property.ObjectProperty<java.time.LocalDate> bound) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(name);
        p.setAccessibleText(name);
        p.setPrefWidth(130);
        p.valueProperty().bindBidirectional(bound);
        return p;
    }

    private void buildTable() {
        table.setId("caseTable");
        table.setAccessibleText(w.get("list.table"));
        table.setPlaceholder(new Label(w.get("list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("colReference", w.get("list.col.reference"), SortField.REFERENCE, 90,
                CaseListRow::reference));
        table.getColumns().add(column("colIncident", w.get("list.col.incident"), SortField.INCIDENT_DATE, 150,
                vm::incidentText));
        table.getColumns().add(column("colTitle", w.get("list.col.title"), SortField.TITLE, 250,
                CaseListRow::title));
        table.getColumns().add(column("colPeople", w.get("list.col.people"), SortField.PEOPLE, 160,
                CaseListRow::people));
        table.getColumns().add(column("colAgency", w.get("list.col.agency"), SortField.AGENCY, 180,
                CaseListRow::agency));
        table.getColumns().add(column("colTopic", w.get("list.col.topic"), SortField.TOPIC, 170,
                r -> vm.topicText(r.topic())));
        table.getColumns().add(column("colStatus", w.get("list.col.status"), SortField.STATUS, 150,
                r -> vm.statusText(r.status())));
        TableColumn<CaseListRow, String> deadline = column("colDeadline", w.get("list.col.deadline"), null, 110,
                r -> "");
        deadline.setSortable(false);
        table.getColumns().add(deadline);
        table.setItems(vm.rows());
        // the order comes from SQL: the table only tells the view model which column and direction
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<CaseListRow, ?> c = t.getSortOrder().get(0);
                vm.sortBy((SortField) c.getUserData(), c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        showSort();
        table.setRowFactory(tv -> {
            TableRow<CaseListRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /**
     * Down or Page Down in the search box goes to the table (selecting the first row unless one is selected), so a
     * keyboard user can type a search, press Down, then Enter; Up on the table's first row goes back to the search.
     */
    private void linkSearchAndTable() {
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.PAGE_DOWN) && !e.isShortcutDown()
                    && !e.isAltDown() && !table.getItems().isEmpty()) {
                if (table.getSelectionModel().getSelectedIndex() < 0) {
                    table.getSelectionModel().select(0);
                }
                int selected = table.getSelectionModel().getSelectedIndex();
                table.getFocusModel().focus(selected);
                table.scrollTo(selected);
                table.requestFocus();
                e.consume();
            }
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && !e.isShiftDown() && !e.isShortcutDown()
                    && table.getSelectionModel().getSelectedIndex() == 0) {
                search.requestFocus();
                search.end();
                e.consume();
            }
        });
    }

    /** Shows the view model's sort on its column (it survives a rebuild of the view). */
    private void showSort() {
        for (TableColumn<CaseListRow, ?> c : table.getColumns()) {
            if (c.getUserData() == vm.sortFieldProperty().get()) {
                c.setSortType(vm.descendingProperty().get() ? TableColumn.SortType.DESCENDING
                        : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(c);
            }
        }
    }

    private static TableColumn<CaseListRow, String> column(String id, String title, SortField field, double width,
                                                           Function<CaseListRow, String> value) {
        TableColumn<CaseListRow, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setUserData(field);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private HBox pager() {
        Button first = pageButton("firstPage", "«", w.get("list.firstPage"), vm::firstPage);
        Button previous = pageButton("previousPage", "‹", w.get("list.previousPage"), vm::previousPage);
        Button next = pageButton("nextPage", "›", w.get("list.nextPage"), vm::nextPage);
        Button last = pageButton("lastPage", "»", w.get("list.lastPage"), vm::lastPage);
        first.disableProperty().bind(vm.pageIndexProperty().isEqualTo(0));
        previous.disableProperty().bind(vm.pageIndexProperty().isEqualTo(0));
        next.disableProperty().bind(vm.pageIndexProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        last.disableProperty().bind(next.disableProperty());
        Label page = new Label();
        page.setId("pageText");
        page.textProperty().bind(vm.pageTextProperty());
        HBox box = new HBox(6, first, previous, page, next, last);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("pager");
        return box;
    }

    private static Button pageButton(String id, String symbol, String name, Runnable action) {
        Button b = new Button(symbol);
        b.setId(id);
        b.setAccessibleText(name);
        b.setTooltip(new javafx.scene.control.Tooltip(name));
        b.setOnAction(e -> action.run());
        return b;
    }
}
