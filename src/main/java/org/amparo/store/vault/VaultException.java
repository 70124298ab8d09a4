package org.amparo.store.vault;

import java.nio.file.Path;

/** Opening or creating a vault failed for a reason the user can act on. */
public final class VaultException extends Exception {
    private final VaultProblem problem;
    private final Path file;

    public VaultException(VaultProblem problem, Path file, Throwable cause) {
        super(problem + (file == null ? "" : ": " + file), cause);
        this.problem = problem;
        this.file = file;
    }

    public VaultProblem problem() {
        return problem;
    }

    /** The file concerned (the vault folder, the database file or the header). */
    public Path file() {
        return file;
    }
}
