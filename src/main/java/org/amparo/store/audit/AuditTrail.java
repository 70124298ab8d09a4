package org.amparo.store.audit;

import static org.amparo.store.jooq.Tables.AUDIT_ENTRY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.amparo.domain.AuditAction;
import org.amparo.domain.AuditEntry;
import org.amparo.domain.FieldChange;
import org.amparo.store.vault.Vault;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The vault's append-only record of what happened. Entries are written inside the transaction of the change
 * they describe (so a failed save leaves no entry), or on their own for exports, prints, backups.
 * There is no update or delete.
 */
public final class AuditTrail {
    private final Vault vault;
    private final Clock clock;

    public AuditTrail(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** Records one entry in its own transaction. */
    public void record(AuditAction action, String caseReference, String detail) {
        vault.write(dsl -> {
            record(dsl, action, caseReference, null, detail);
            return null;
        });
    }

    /** Records one entry inside the caller's transaction. */
    public void record(DSLContext tx, AuditAction action, String caseReference, FieldChange change, String detail) {
        tx.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.AT, OffsetDateTime.now(clock))
                .set(AUDIT_ENTRY.ACTOR, vault.actor())
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.CASE_REFERENCE, caseReference)
                .set(AUDIT_ENTRY.FIELD, change == null ? null : change.field())
                .set(AUDIT_ENTRY.OLD_VALUE, change == null ? null : change.oldValue())
                .set(AUDIT_ENTRY.NEW_VALUE, change == null ? null : change.newValue())
                .set(AUDIT_ENTRY.DETAIL, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .execute();
    }

    /** Records every changed field of a case edit inside the caller's transaction. */
    public void recordChanges(DSLContext tx, String caseReference, List<FieldChange> changes) {
        for (FieldChange c : changes) {
            record(tx, AuditAction.CASE_EDITED, caseReference, c, null);
        }
    }

    /** The newest entries first; {@code caseReference} null for the whole vault's log. */
    public List<AuditEntry> list(String caseReference, int limit, int offset) {
        Condition where = caseReference == null ? DSL.noCondition() : AUDIT_ENTRY.CASE_REFERENCE.eq(caseReference);
        return vault.dsl().selectFrom(AUDIT_ENTRY).where(where).orderBy(AUDIT_ENTRY.ID.desc())
                .limit(limit).offset(offset)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getActor(), AuditAction.valueOf(r.getAction()),
                        r.getCaseReference(), r.getField(), r.getOldValue(), r.getNewValue(), r.getDetail()));
    }

    /** When the newest entry of this kind was recorded, if there is one. */
    public java.util.Optional<OffsetDateTime> lastTime(AuditAction action) {
        // walks the entries from the newest back and stops at the first of that kind (no index on the action)
        return vault.dsl().select(AUDIT_ENTRY.AT).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq(action.name()))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOptional(0, OffsetDateTime.class);
    }

    public int count(String caseReference) {
        return vault.dsl().fetchCount(AUDIT_ENTRY,
                caseReference == null ? DSL.noCondition() : AUDIT_ENTRY.CASE_REFERENCE.eq(caseReference));
    }
}
