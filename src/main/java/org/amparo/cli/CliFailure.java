package org.amparo.cli;

/** A command could not do its work: the message (already in the user's language) and the exit code. */
public final class CliFailure extends RuntimeException {
    /** Exit code when the operation failed (damaged vault, write error, ...). */
    public static final int FAILED = 1;
    /** Exit code for usage errors, a wrong passphrase or a vault in use. */
    public static final int USAGE = 2;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
