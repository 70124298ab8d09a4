package org.amparo.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.editor.BackgroundWork;

/**
 * The editor's background work on the app's one background thread: a save queues behind the list's queries and
 * before the vault's close on lock, in the order they were asked for.
 */
final class RunnerWork implements BackgroundWork {
    private final FxTaskRunner runner;

    RunnerWork(FxTaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        runner.run(work, done, failed);
    }
}
