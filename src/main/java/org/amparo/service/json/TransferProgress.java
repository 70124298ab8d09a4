package org.amparo.service.json;

/**
 * How an export or import reports progress and learns it was cancelled (the desktop shows a progress bar with
 * a Cancel button; the command line passes {@link #NONE}).
 */
public interface TransferProgress {
    TransferProgress NONE = (done, total) -> true;

    /**
     * Called after each case. Returns false to cancel: an export then leaves no file, an import writes
     * nothing. {@code total} is -1 while it is not known yet.
     */
    boolean casesDone(long done, long total);
}
