package org.amparo.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop application (placeholder window until the desktop client lands). */
public final class AmparoApplication extends Application {
    @Override
    public void start(Stage stage) {
        Label label = new Label("Amparo");
        label.setId("welcome");
        stage.setScene(new Scene(new StackPane(label), 900, 600));
        stage.setTitle("Amparo");
        stage.show();
    }
}
