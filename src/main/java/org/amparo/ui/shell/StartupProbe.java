package org.amparo.ui.shell;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Start-time measurement hooks, off unless a system property asks for them. With {@code amparo.reportStartup=true}
 * the first window shown prints the line {@link #MARKER} on standard output ({@code bench start} reads it); with
 * {@code amparo.exitAfterStartup=true} it also ends the app there (the packaging-time training run for the
 * class-data-sharing archive). Nothing else is printed: no case data, no paths.
 */
public final class StartupProbe {
    /** The line printed when the first window is shown. */
    public static final String MARKER = "amparo.startup.window-shown";
    static final String REPORT_PROPERTY = "amparo.reportStartup";
    static final String EXIT_PROPERTY = "amparo.exitAfterStartup";
    /** How long a training run may take to end by itself after {@link Platform#exit()} before it is ended. */
    private static final long EXIT_GRACE_MS = 3_000;

    private StartupProbe() {
    }

    /** Call before {@code Application.launch}: installs the probe if one of the two properties is set. */
    public static void installIfRequested() {
        boolean exit = Boolean.getBoolean(EXIT_PROPERTY);
        if (exit || Boolean.getBoolean(REPORT_PROPERTY)) {
            install(System.out, exit);
        }
    }

    static void install(PrintStream out, boolean exit) {
        AtomicBoolean seen = new AtomicBoolean();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                        if (seen.compareAndSet(false, true)) {
                            out.println(MARKER);
                            out.flush();
                            if (exit) {
                                exit();
                            }
                        }
                    });
                }
            }
        });
    }

    private static void exit() {
        Platform.exit();
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        }, "amparo-startup-exit");
        guard.setDaemon(true);
        guard.start();
    }
}
