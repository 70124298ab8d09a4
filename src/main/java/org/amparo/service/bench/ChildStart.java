package org.amparo.service.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One start of a desktop child process: the milliseconds from starting the process to the line
 * {@link StartTimeBench#MARKER} on its standard output (printed when its first window is shown). The child is
 * asked to exit there by itself; it is ended if it has not after a few seconds.
 */
final class ChildStart {
    private static final long EXIT_WAIT_SECONDS = 10;

    private ChildStart() {
    }

    static long millisToFirstWindow(List<String> command, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new StartTimeException(StartTimeException.Reason.CANNOT_START, command.get(0));
        }
        try {
            CompletableFuture<Long> shown = CompletableFuture.supplyAsync(() -> readUntilMarker(p.getInputStream(), start));
            long ms;
            try {
                ms = shown.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new StartTimeException(StartTimeException.Reason.TIMEOUT, String.valueOf(timeout.toSeconds()));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof StartTimeException s ? s
                        : new StartTimeException(StartTimeException.Reason.NO_WINDOW, "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartTimeException(StartTimeException.Reason.TIMEOUT, "");
            }
            waitForExit(p);
            return ms;
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    /** Runs a child that shows no window (the archive dump) to its end; false if it failed or timed out. */
    static boolean runToEnd(List<String> command, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long readUntilMarker(InputStream in, long start) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals(StartTimeBench.MARKER)) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    drain(r);
                    return ms;
                }
            }
        } catch (IOException e) {
            // the child went away: no window
        }
        throw new StartTimeException(StartTimeException.Reason.NO_WINDOW, "");
    }

    /** Keeps reading so a chatty child never blocks on a full pipe before it exits. */
    private static void drain(BufferedReader r) {
        Thread t = new Thread(() -> {
            try {
                while (r.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the child ended
            }
        }, "bench-start-drain");
        t.setDaemon(true);
        t.start();
    }

    private static void waitForExit(Process p) {
        try {
            if (!p.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
