package org.amparo.domain;

/** What an audit-trail entry records. */
public enum AuditAction {
    CASE_CREATED, CASE_EDITED, CASE_DELETED, CASE_RESTORED, CASE_PURGED, REFERENCE_EDITED, EXPORT, PRINT,
    PDF_TIMELINE, BACKUP, RESTORE, PASSPHRASE_CHANGED, IMPORT, CHECK
}
