package org.amparo.store.cases;

/**
 * A bulk write stopped on an error. The batches committed before it stay in the vault ({@link #committedCases}
 * cases); the batch being written when it failed was rolled back as a whole.
 */
public final class BulkWriteException extends RuntimeException {
    private final int committedCases;

    public BulkWriteException(int committedCases, Throwable cause) {
        super("bulk write failed after " + committedCases + " committed cases", cause);
        this.committedCases = committedCases;
    }

    public int committedCases() {
        return committedCases;
    }
}
