package org.amparo.ui.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Vault work on one background thread (saves keep their order), results on the JavaFX thread. */
public final class FxBackgroundWork implements BackgroundWork {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "amparo-editor-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        thread.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    /** Stops the thread once the queued work is done (when the vault closes). */
    public void shutdown() {
        thread.shutdown();
    }
}
