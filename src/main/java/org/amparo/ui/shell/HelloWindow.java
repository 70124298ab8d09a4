package org.amparo.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for {@code bench start}: a bare JavaFX window, launched the way Amparo is (a plain main class that
 * calls {@code Application.launch}, on the same class path) so the two start times compare.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    public static void main(String[] args) {
        StartupProbe.installIfRequested();
        Application.launch(Hello.class, args);
    }

    /** The window: one label, the size of Amparo's first window. */
    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 900, 600));
            stage.setTitle("Hello");
            stage.show();
        }
    }
}
