package org.amparo.service.bench;

/** A start-time measurement could not be made; {@link #reason()} says why, {@link #detail()} what it concerns. */
public final class StartTimeException extends RuntimeException {
    /** Why the measurement stopped. */
    public enum Reason {
        /** The Java executable could not be started (the detail is its path). */
        CANNOT_START,
        /** A child ended without showing a window (no display, or it failed to start). */
        NO_WINDOW,
        /** A child showed no window within the time limit (the detail is the limit in seconds). */
        TIMEOUT,
        /** The class-data-sharing archive could not be made. */
        ARCHIVE_FAILED
    }

    private final Reason reason;
    private final String detail;

    public StartTimeException(Reason reason, String detail) {
        super(reason + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
