package org.amparo.ui.common;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small control builders every screen uses: a labelled button, a text column sized by its share, a window
 * owned by another, and a listener that lives only as long as the control it updates.
 */
public final class Controls {
    private Controls() {
    }

    /** A button with an id for tests, its text as the screen reader's name, and an action. */
    public static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Adds a text column (id may be null) whose width follows {@code share} of the table's width. */
    public static <R> TableColumn<R, String> textColumn(TableView<R> table, String id, String title, double share,
                                                        Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        if (id != null) {
            c.setId(id);
        }
        c.setCellValueFactory(cd -> Bindings.createStringBinding(() -> value.apply(cd.getValue())));
        c.setMaxWidth(1000 * share);
        table.getColumns().add(c);
        return c;
    }

    /**
     * Puts {@code root} in the stage as a window of {@code owner} (its stylesheets, kept above it), titled, of that
     * size, closed by Esc.
     */
    public static void ownedWindow(Stage stage, Window owner, Parent root,
                                   double width, double height, String title) {
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setTitle(title);
        stage.setScene(scene);
    }

    /**
     * Runs {@code listener} when {@code source} changes, for as long as {@code holder} lives: the source (often a
     * view model that outlives the view) holds it only weakly, the holder strongly. A view built again (a language
     * switch, a lock) is then not kept alive by the view model it listened to.
     */
    public static void listenAsLongAs(Node holder, Observable source, InvalidationListener listener) {
        holder.getProperties().put(listener, listener);
        source.addListener(new WeakInvalidationListener(listener));
    }
}
