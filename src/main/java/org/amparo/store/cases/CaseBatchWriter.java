package org.amparo.store.cases;

import java.time.Clock;
import org.amparo.domain.CaseRecord;
import org.jooq.DSLContext;

/**
 * Writes many cases inside one caller-owned transaction (bulk work such as a JSON import). The names the
 * list columns need are loaded once, at the first case: write every reference row before the first case.
 */
public final class CaseBatchWriter {
    private final DSLContext dsl;
    private final Clock clock;
    private ReferenceNames names;

    public CaseBatchWriter(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Writes one new case (with the reference it carries, or the next free one) and returns its id. */
    public long write(CaseRecord c) {
        if (names == null) {
            names = ReferenceNames.load(dsl);
        }
        return new CaseRowWriter(dsl, clock, names).write(c);
    }
}
