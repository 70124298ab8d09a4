package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchTest {
    @Test
    void handsEveryItemOverInOrder() throws Exception {
        List<Integer> seen = new ArrayList<>();
        Prefetch.<Integer>run("test", out -> {
            for (int i = 0; i < 10 * Prefetch.BATCH + 7; i++) {
                out.accept(i);
            }
        }, seen::add);
        assertEquals(10 * Prefetch.BATCH + 7, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aReadingFailureReachesTheWriter() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Prefetch.<Integer>run("test",
                out -> {
                    out.accept(1);
                    throw new IllegalStateException("vault closed");
                }, i -> { }));
        assertEquals("vault closed", e.getMessage());
    }

    @Test
    void aWriterThatStopsStopsTheReaderBeforeReturning() {
        AtomicInteger produced = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Prefetch.<Integer>run("test", out -> {
            for (int i = 0; i < 1_000_000; i++) {
                produced.incrementAndGet();
                out.accept(i);
            }
        }, i -> {
            if (i == 10) {
                throw new CancellationException();
            }
        }));
        int after = produced.get();
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("amparo-export-read-test")), "the reader has ended");
        assertEquals(after, produced.get(), "and reads nothing more");
        assertFalse(after >= 1_000_000, "it stopped early");
    }
}
