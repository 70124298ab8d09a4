package org.amparo.ui.export;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import org.amparo.service.export.ExportProgress;

/**
 * Passes an export's progress from its background thread to the user-interface thread, at most once per
 * whole percent (so a big register does not flood the JavaFX queue), and answers "stop" once cancelled.
 */
final class ProgressRelay implements ExportProgress {
    private final Executor ui;
    private final DoubleConsumer shown;
    private final AtomicBoolean cancelled;
    private int lastPercent = -1;

    ProgressRelay(Executor ui, DoubleConsumer shown, AtomicBoolean cancelled) {
        this.ui = ui;
        this.shown = shown;
        this.cancelled = cancelled;
    }

    @Override
    public boolean rowsDone(long done, long total) {
        if (total > 0) {
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                ui.execute(() -> shown.accept(percent / 100.0));
            }
        }
        return !cancelled.get();
    }
}
