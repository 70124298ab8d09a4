package org.amparo.service.export;

/** Told as rows are written; answering false cancels the export (nothing is left on disk). */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> true;

    /** @return false to cancel */
    boolean rowsDone(long done, long total);
}
