package org.amparo.service.timeline;

import java.util.concurrent.CancellationException;

/** How long work reports progress (pages done of all) and learns that the user cancelled it. */
public interface TimelineProgress {
    TimelineProgress NONE = (done, total) -> { };

    void update(int done, int total);

    default boolean cancelled() {
        return false;
    }

    /** Stops the work with a CancellationException when the user cancelled it. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
