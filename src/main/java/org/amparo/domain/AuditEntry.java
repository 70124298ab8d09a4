package org.amparo.domain;

import java.time.OffsetDateTime;

/** One line of the audit trail: when, who, what, and for a field change its old and new value. */
public record AuditEntry(long id, OffsetDateTime at, String actor, AuditAction action, String caseReference,
                         String field, String oldValue, String newValue, String detail) {
}
