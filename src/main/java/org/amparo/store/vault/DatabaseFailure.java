package org.amparo.store.vault;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/**
 * Tells a failure of the vault's database (a query that could not run or a page that could not be read) from
 * any other, for the layers above, which do not know jOOQ or JDBC: they can then say "could not read the
 * vault" rather than something about the file they were writing.
 */
public final class DatabaseFailure {
    private DatabaseFailure() {
    }

    /** True when the database failed somewhere in {@code e}'s chain of causes. */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
