package org.amparo.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.amparo.service.bench.StartTimeBench;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class StartupProbeTest {
    @Test
    void theMarkerIsTheLineBenchStartWaitsFor() {
        assertEquals(StartTimeBench.MARKER, StartupProbe.MARKER);
    }

    @Test
    void theFirstWindowShownPrintsTheMarkerOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StartupProbe.install(out, false);
        CountDownLatch shown = new CountDownLatch(2);
        Platform.runLater(() -> {
            for (int i = 0; i < 2; i++) {
                Stage s = new Stage();
                s.setScene(new Scene(new StackPane(), 100, 100));
                s.setOnShown(e -> shown.countDown());
                s.show();
                s.hide();
            }
        });
        assertTrue(shown.await(30, TimeUnit.SECONDS));
        assertEquals(StartupProbe.MARKER + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
