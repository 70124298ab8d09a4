package org.amparo.store.vault;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The read-only look at a vault's database before it is opened for writing. H2 opened for writing repairs
 * what it can (rolls back to an older chunk, truncates the file), which would destroy the evidence of damage
 * and data a restore could still save. Opened read-only, H2 writes nothing: the file must open, its schema
 * must not be newer than this Amparo, and, when the last session did not close cleanly, every table and
 * index must read without error. Any failure leaves every file as it was.
 */
final class VaultProbe {
    private VaultProbe() {
    }

    /** @param readEverything read every row and index entry (the file was not sealed by a clean close) */
    static void check(VaultFiles files, VaultKey key, boolean readEverything) throws VaultException {
        char[] password = key.h2Password();
        try {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(files.jdbcUrl(VaultFiles.Access.READ_ONLY));
            ds.setUser(key.h2User());
            ds.setPasswordChars(password);
            // the first connection keeps the database open while Flyway takes and returns its own
            try (Connection c = ds.getConnection()) {
                VaultSchema.refuseNewer(ds);
                if (readEverything) {
                    VaultScan.Result scan = VaultScan.readEverything(c);
                    if (!scan.mismatches().isEmpty()) {
                        throw new VaultException(VaultProblem.DAMAGED, files.database(), null);
                    }
                }
            }
        } catch (SQLException e) {
            throw new VaultException(problemOf(e), files.database(), e);
        } catch (VaultException e) {
            throw e.file() == null ? new VaultException(e.problem(), files.database(), e) : e;
        } catch (RuntimeException e) {
            // H2 or Flyway could not read a page or the schema: the file is damaged
            throw new VaultException(VaultProblem.DAMAGED, files.database(), e);
        } finally {
            java.util.Arrays.fill(password, ' ');
        }
    }

    /** The database file is there and the header is good, so anything but a lock means damage. */
    static VaultProblem problemOf(SQLException e) {
        return VaultOpener.problemOf(e) == VaultProblem.IN_USE ? VaultProblem.IN_USE : VaultProblem.DAMAGED;
    }
}
