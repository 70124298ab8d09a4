package org.amparo.service.timeline;

import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;

/** Records every printed timeline and every timeline PDF in the vault's audit trail (never the pages' content). */
public final class TimelineAuditTrail implements TimelineAudit {
    private final AuditTrail trail;

    public TimelineAuditTrail(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void recorded(String caseReference, TimelineOutput output, boolean redacted, String fileName) {
        AuditAction action = output == TimelineOutput.PRINT ? AuditAction.PRINT : AuditAction.PDF_TIMELINE;
        StringBuilder detail = new StringBuilder(redacted ? "redacted" : "not redacted");
        if (fileName != null) {
            detail.append("; file ").append(fileName);
        }
        trail.record(action, caseReference, detail.toString());
    }
}
