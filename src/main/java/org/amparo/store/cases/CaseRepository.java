package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.PERSON;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.amparo.domain.CasePage;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.AuditAction;
import org.amparo.domain.CaseChanges;
import org.amparo.domain.CaseReference;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Cases: save a whole case in one transaction, load it back, list cases (filtered, sorted and paged in SQL),
 * and move cases to the trash and back.
 */
public final class CaseRepository {
    private final Vault vault;
    private final Clock clock;
    private final AuditTrail audit;

    public CaseRepository(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
        this.audit = new AuditTrail(vault, clock);
    }

    /** Saves the case and everything in it as one transaction; returns it as stored (ids, reference). */
    public CaseRecord save(CaseRecord c) {
        return vault.write(dsl -> {
            CaseRecord before = c.id() == null ? null : CaseReader.load(dsl, c.id()).orElseThrow();
            long id = new CaseRowWriter(dsl, clock, ReferenceNames.load(dsl)).write(c);
            CaseRecord after = CaseReader.load(dsl, id).orElseThrow();
            if (before == null) {
                audit.record(dsl, AuditAction.CASE_CREATED, after.reference(), null, null);
            } else {
                audit.recordChanges(dsl, after.reference(), CaseChanges.between(before, after));
            }
            return after;
        });
    }

    public Optional<CaseRecord> load(String reference) {
        return vault.dsl().select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.REFERENCE.eq(reference))
                .fetchOptional(CASE_FILE.ID).flatMap(id -> CaseReader.load(vault.dsl(), id));
    }

    public Optional<CaseRecord> load(long id) {
        return CaseReader.load(vault.dsl(), id);
    }

    /** True when the case is in the trash. */
    public boolean isInTrash(String reference) {
        return vault.dsl().fetchExists(CASE_FILE, CASE_FILE.REFERENCE.eq(reference).and(CASE_FILE.DELETED_AT.isNotNull()));
    }

    /** Moves a case to the trash (it leaves the list, and can be restored). */
    public boolean moveToTrash(String reference) {
        return audited(AuditAction.CASE_DELETED, reference, dsl -> dsl.update(CASE_FILE)
                .set(CASE_FILE.DELETED_AT, OffsetDateTime.now(clock))
                .where(CASE_FILE.REFERENCE.eq(reference).and(CASE_FILE.DELETED_AT.isNull())).execute() == 1);
    }

    public boolean restoreFromTrash(String reference) {
        return audited(AuditAction.CASE_RESTORED, reference, dsl -> dsl.update(CASE_FILE).setNull(CASE_FILE.DELETED_AT)
                .where(CASE_FILE.REFERENCE.eq(reference).and(CASE_FILE.DELETED_AT.isNotNull())).execute() == 1);
    }

    /** Deletes a case for good (only from the trash). */
    public boolean deleteForever(String reference) {
        return audited(AuditAction.CASE_PURGED, reference, dsl -> dsl.deleteFrom(CASE_FILE)
                .where(CASE_FILE.REFERENCE.eq(reference).and(CASE_FILE.DELETED_AT.isNotNull())).execute() == 1);
    }

    private boolean audited(AuditAction action, String reference, java.util.function.Predicate<DSLContext> change) {
        return vault.write(dsl -> {
            boolean done = change.test(dsl);
            if (done) {
                audit.record(dsl, action, reference, null, null);
            }
            return done;
        });
    }

    public CasePage list(CaseQuery q) {
        return CaseListQuery.run(vault.dsl(), q);
    }

    public int count() {
        return vault.dsl().fetchCount(CASE_FILE, CASE_FILE.DELETED_AT.isNull());
    }

    /** The references of all cases not in the trash, in reference order. */
    public List<String> references() {
        return vault.dsl().select(CASE_FILE.REFERENCE).from(CASE_FILE).where(CASE_FILE.DELETED_AT.isNull())
                .orderBy(CASE_FILE.ID).fetch(CASE_FILE.REFERENCE);
    }

    /** The reference the next case opened in that year gets. */
    static CaseReference nextReference(DSLContext dsl, int year) {
        Integer max = dsl.select(DSL.max(DSL.cast(DSL.substring(CASE_FILE.REFERENCE, 6), Integer.class)))
                .from(CASE_FILE).where(CASE_FILE.REFERENCE.like(year + "-%")).fetchOne(0, Integer.class);
        return max == null ? CaseReference.first(year) : new CaseReference(year, max + 1);
    }

    static int nextPseudonym(DSLContext dsl) {
        Integer max = dsl.select(DSL.max(PERSON.PSEUDONYM_NO)).from(PERSON).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }
}
