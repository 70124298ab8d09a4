package org.amparo.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work away from the JavaFX thread and hands the result back to it. In the app the work runs on one
 * background thread (so database calls keep their order) and results arrive through {@link Platform#runLater};
 * tests build it with {@code Runnable::run} twice and everything happens at once, on the test's thread.
 */
public final class FxTaskRunner {
    private final Executor background;
    private final Executor ui;
    private final ExecutorService owned;

    public FxTaskRunner(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        this.owned = null;
    }

    private FxTaskRunner(ExecutorService owned) {
        this.background = owned;
        this.ui = Platform::runLater;
        this.owned = owned;
    }

    /** One daemon background thread, results on the JavaFX thread. */
    public static FxTaskRunner onFxThread() {
        return new FxTaskRunner(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "amparo-work");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * Runs {@code work} in the background; then {@code done} with its result, or {@code failed} with what it
     * threw, on the user-interface thread.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }

    /** Stops the background thread this runner made (none when it was given executors). */
    public void shutdown() {
        if (owned != null) {
            owned.shutdown();
        }
    }
}
