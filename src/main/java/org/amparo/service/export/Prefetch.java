package org.amparo.service.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads on one thread while the caller writes on its own: the producer (a vault cursor) runs on a thread of its
 * own and hands its items over in batches through a short queue, so decrypting the vault and writing the sheet use
 * both cores. Only a few batches are ever held; a failure on either side stops the other, and {@link #run} returns
 * only once the producer's thread has ended.
 */
final class Prefetch {
    /** Items per batch handed over. */
    static final int BATCH = 500;
    private static final Object END = new Object();

    /** What the caller does with each item. */
    @FunctionalInterface
    interface Each<T> {
        void accept(T item) throws IOException;
    }

    private record Failure(Throwable error) {
    }

    /** Thrown inside the producer's thread once the caller has stopped reading. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private Prefetch() {
    }

    static <T> void run(String name, Consumer<Consumer<T>> producer, Each<T> each) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            try {
                List<T> batch = new ArrayList<>(BATCH);
                producer.accept(item -> {
                    batch.add(item);
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch), stop);
                        batch.clear();
                    }
                });
                put(queue, batch, stop);
                put(queue, END, stop);
            } catch (Stopped s) {
                // the caller has gone: nothing more to hand over
            } catch (Throwable e) {
                try {
                    put(queue, new Failure(e), stop);
                } catch (Stopped s) {
                    // the caller has gone
                }
            }
        }, "amparo-export-read-" + name);
        thread.setDaemon(true);
        thread.start();
        try {
            consume(queue, each);
        } finally {
            stop.set(true);
            queue.clear();
            joinUninterruptibly(thread);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void consume(BlockingQueue<Object> queue, Each<T> each) throws IOException {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
            if (next == END) {
                return;
            }
            if (next instanceof Failure f) {
                if (f.error() instanceof RuntimeException r) {
                    throw r;
                }
                if (f.error() instanceof Error err) {
                    throw err;
                }
                throw new UncheckedIOException(new IOException("reading failed", f.error()));
            }
            for (T item : (List<T>) next) {
                each.accept(item);
            }
        }
    }

    private static void put(BlockingQueue<Object> queue, Object o, AtomicBoolean stop) {
        try {
            while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
