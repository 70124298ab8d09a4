package org.amparo.service.export;

import java.util.function.Supplier;
import org.amparo.store.vault.DatabaseFailure;

/**
 * What an export says when reading the vault fails: that the vault could not be read (and to check it), not
 * that the file could not be written. Any other failure goes on as it was.
 */
final class VaultReads {
    static final String CANNOT_READ = "export.cannotRead";

    private VaultReads() {
    }

    /** Runs a read from the vault; a failure of the database becomes {@link #CANNOT_READ}. */
    static <T> T reading(Supplier<T> read) throws ExportException {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /** The export's failure for {@code e} when the database failed; otherwise {@code e} is thrown on. */
    static ExportException failed(RuntimeException e) {
        if (DatabaseFailure.in(e)) {
            return new ExportException(CANNOT_READ);
        }
        throw e;
    }
}
