package org.amparo.ui.editor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs vault work off the JavaFX thread and hands the result back on it. The app uses {@link FxBackgroundWork};
 * view-model tests use {@link #immediate()} so asynchronous code runs in order on the test's thread.
 */
public interface BackgroundWork {

    /**
     * Runs {@code work} in the background, then {@code done} with its result, or {@code failed} with what it threw,
     * on the UI thread.
     */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Runs everything at once on the caller's thread (tests). */
    static BackgroundWork immediate() {
        return new BackgroundWork() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
