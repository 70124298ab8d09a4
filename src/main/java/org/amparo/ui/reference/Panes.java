package org.amparo.ui.reference;

import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Building blocks of the reference tabs: list beside form, buttons, text fields bound to form properties. */
final class Panes {
    private Panes() {
    }

    static SplitPane split(Node left, Node right, double divider) {
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(divider);
        return split;
    }

    static HBox buttons(Button... buttons) {
        HBox box = new HBox(8, buttons);
        box.setPadding(new Insets(6, 10, 6, 10));
        return box;
    }

    static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    static Label message(ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.setPadding(new Insets(0, 10, 0, 10));
        return l;
    }

    static <T> ComboBox<T> combo(String id, Function<T, String> text, String none) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(converter(text, none));
        return box;
    }

    static <T> ListView<T> list(String id, javafx.collections.ObservableList<T> items, Function<T, String> text) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return list;
    }

    static <T> StringConverter<T> converter(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
