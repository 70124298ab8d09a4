package org.amparo.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Officer;
import org.amparo.store.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Writes many new cases fast (demo data, benchmarks, imports of many cases): JDBC batch inserts with prepared
 * statements, committed every {@link #batchSize} cases. The rows are the ones {@link CaseRepository#save} writes
 * for a new case: references {@code YYYY-NNNN} continue the highest of each intake year, new people get the
 * next pseudonym numbers, and the list columns come from {@link CaseListColumns} and {@link ReferenceNames}.
 *
 * <p><b>Not one user save.</b> Each batch is its own transaction. When a write fails or is cancelled, the
 * batches committed before stay in the vault (a failure rolls back only the batch it happened in, and is
 * reported as {@link BulkWriteException} with the number of cases committed). Callers that need all-or-nothing
 * must use {@link CaseRepository#save} in one transaction instead.
 *
 * <p>Ids are handed out from the highest id of each table up, and each identity column is restarted above the
 * highest row at the end (also after a failure), so nothing else may write to the vault during a bulk write.
 * People that already have an id are linked to the new cases as they are, not edited.
 */
public final class BulkCaseWriter {
    /** Cases per transaction: large enough that commits cost little with WRITE_DELAY=0. */
    public static final int DEFAULT_BATCH = 1000;

    /** Told how far a bulk write has come (after each committed batch); asked whether to stop. */
    public interface Progress {
        Progress NONE = (done, total) -> {
        };

        void update(int done, int total);

        /** Checked before each case; when true, the cases added so far are committed and the write stops. */
        default boolean cancelled() {
            return false;
        }
    }

    /** What a bulk write did: cases written, rows inserted (all tables), and whether it was cancelled. */
    public record Result(int cases, long rows, boolean cancelled) {
    }

    private final Vault vault;
    private final Clock clock;
    private final int batchSize;

    public BulkCaseWriter(Vault vault, Clock clock) {
        this(vault, clock, DEFAULT_BATCH);
    }

    public BulkCaseWriter(Vault vault, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.vault = vault;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Creates officers (for example a pool the new cases will name) in one transaction; returns them with ids. */
    public List<Officer> writeOfficers(List<Officer> officers) {
        List<Officer> saved = new ArrayList<>(officers.size());
        run((rows, c, names) -> {
            for (Officer o : officers) {
                saved.add(rows.add(o));
            }
            rows.flush();
            c.commit();
            return new Result(0, rows.rows(), false);
        });
        return saved;
    }

    /**
     * Writes the cases the iterator gives (new cases: their ids are ignored), committing every batch.
     *
     * @param total how many cases the iterator will give, for the progress report only
     */
    public Result write(Iterator<CaseRecord> cases, int total, Progress progress) {
        return run((rows, c, names) -> {
            int done = 0;
            int inBatch = 0;
            boolean cancelled = false;
            OffsetDateTime now = OffsetDateTime.now(clock);
            try (PreparedCaseFeed feed = new PreparedCaseFeed(cases, names, 2 * batchSize)) {
                while (true) {
                    if (progress.cancelled()) {
                        cancelled = true;
                        break;
                    }
                    PreparedCase next = feed.next();
                    if (next == null) {
                        break;
                    }
                    rows.add(next, now);
                    inBatch++;
                    if (inBatch == batchSize) {
                        rows.flush();
                        c.commit();
                        done += inBatch;
                        inBatch = 0;
                        progress.update(done, total);
                        now = OffsetDateTime.now(clock);
                    }
                }
                if (inBatch > 0) {
                    rows.flush();
                    c.commit();
                    done += inBatch;
                    progress.update(done, total);
                }
            } catch (SQLException | RuntimeException e) {
                throw new BulkWriteException(done, e);
            }
            return new Result(done, rows.rows(), cancelled);
        });
    }

    /** One bulk unit of work on a connection of its own: prepared rows, rollback on failure, identities restarted. */
    private interface Work {
        Result run(BulkRows rows, Connection c, ReferenceNames names) throws SQLException;
    }

    private Result run(Work work) {
        ReferenceNames names = ReferenceNames.load(vault.dsl());
        return vault.dsl().connectionResult(c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            DSLContext onConnection = DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false)
                    .withRenderSchema(false));
            BulkIds ids = new BulkIds(c, onConnection);
            RuntimeException failure = null;
            try (BulkRows rows = new BulkRows(c, ids, names, clock)) {
                return work.run(rows, c, names);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                failure = e instanceof BulkWriteException b ? b : new BulkWriteException(0, e);
                throw failure;
            } finally {
                try {
                    ids.restartIdentities();
                } catch (SQLException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
        });
    }
}
