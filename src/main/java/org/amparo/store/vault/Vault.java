package org.amparo.store.vault;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open vault: the encrypted H2 database behind a small connection pool, and the folder lock. Every
 * user-level write goes through {@link #write} as one transaction. Closing shuts H2 down compacting the file,
 * seals the file ({@link VaultSeal}) and releases the lock; the key material is not kept beyond what H2 needs
 * while open (the pool opens connections with it).
 */
public final class Vault implements AutoCloseable {
    private final VaultFiles files;
    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final VaultLock lock;
    private final DSLContext dsl;
    private final VaultKey key;
    private final char[] h2Password;
    private volatile String actor = "";
    private boolean closed;

    /** Takes ownership of {@code key} and {@code h2Password} (the pool's data source holds it): both are wiped on close. */
    Vault(VaultFiles files, JdbcConnectionPool pool, Connection keeper, VaultLock lock, VaultKey key, char[] h2Password) {
        this.files = files;
        this.pool = pool;
        this.keeper = keeper;
        this.lock = lock;
        this.key = key;
        this.h2Password = h2Password;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false)
                .withRenderSchema(false));
    }

    public VaultFiles files() {
        return files;
    }

    /** Reads (or writes outside a user save, e.g. batched bulk work that commits itself). */
    public DSLContext dsl() {
        return dsl;
    }

    /** Runs one user-level save as a single transaction: all of it is committed, or none of it. */
    public <T> T write(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(DSL.using(cfg)));
    }

    /** A key for authenticating backups, derived from the passphrase (used by the backup feature). */
    public byte[] backupKey() {
        return key.subKey("amparo/backup-tag");
    }

    /**
     * The key this vault was opened with, to open verified copies of it (backups, a passphrase change) without
     * asking for the passphrase again. It is destroyed when the vault closes; callers never keep it.
     */
    public VaultKey key() {
        return key;
    }

    /** Who is working, for the audit trail: the display name from the settings (empty when not set). */
    public String actor() {
        return actor;
    }

    public void setActor(String displayName) {
        this.actor = displayName == null ? "" : displayName.strip();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Shuts the database down compacting the file (always: see ADR 0007 on why not only when worthwhile), seals the closed file so the next open
     * can skip the full read, and releases the folder lock. When the shutdown fails no seal is written, so the
     * next open reads the whole file before writing to it.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean shutDown = false;
        try (Statement st = keeper.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
            shutDown = true;
        } catch (SQLException ignored) {
            // the database is already closed, or was killed: nothing more can be flushed
        } finally {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // closed by the shutdown
            }
            pool.dispose();
            try {
                if (shutDown) {
                    VaultSeal.write(files, key);
                }
            } catch (IOException ignored) {
                // no seal: the next open reads the whole file first, which is slower but safe
            }
            java.util.Arrays.fill(h2Password, ' ');
            key.destroy();
            lock.close();
        }
    }
}
