package org.amparo.store.cases;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Prepares the cases of a bulk write on a second thread (reading the caller's iterator, which may be
 * generating them, and computing list columns) while the connection's thread inserts the ones before:
 * on two cores the preparation costs no insert time. The cases come out in the iterator's order.
 */
final class PreparedCaseFeed implements AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread producer;
    private volatile boolean stopped;
    private boolean ended;

    PreparedCaseFeed(Iterator<org.amparo.domain.CaseRecord> cases, CaseListColumns.Names names, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.producer = new Thread(() -> produce(cases, names), "amparo-bulk-prepare");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Iterator<org.amparo.domain.CaseRecord> cases, CaseListColumns.Names names) {
        try {
            while (!stopped && cases.hasNext()) {
                queue.put(PreparedCase.of(cases.next(), names));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next prepared case, or null after the last; a failure while preparing is thrown here. */
    PreparedCase next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for cases to write", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Error e) {
            ended = true;
            throw e;
        }
        return (PreparedCase) item;
    }

    /** Stops preparing (after a cancel or a failure) and waits for the second thread to end. */
    @Override
    public void close() {
        stopped = true;
        producer.interrupt();
        queue.clear();
        try {
            producer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
