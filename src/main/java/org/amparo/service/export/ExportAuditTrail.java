package org.amparo.service.export;

import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;

/** Records every Excel export in the vault's audit trail: kind, redaction, encryption and file name only. */
public final class ExportAuditTrail implements ExportAudit {
    private final AuditTrail trail;

    public ExportAuditTrail(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void exported(String caseReference, boolean register, boolean redacted, boolean encrypted,
                         String fileName) {
        trail.record(AuditAction.EXPORT, caseReference, detail(register, redacted, encrypted, fileName));
    }

    /** e.g. {@code case workbook; redacted; encrypted; file I-89.xlsx}. */
    static String detail(boolean register, boolean redacted, boolean encrypted, String fileName) {
        return (register ? "register" : "case workbook") + "; " + (redacted ? "redacted" : "not redacted") + "; "
                + (encrypted ? "encrypted" : "not encrypted") + "; file " + fileName;
    }
}
