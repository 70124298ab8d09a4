package org.amparo.service.export;

/**
 * Told after an Excel export was written, for the audit trail: what kind, whether people were redacted and the
 * file encrypted, and the file's name without its folder (never its content).
 */
@FunctionalInterface
public interface ExportAudit {
    ExportAudit NONE = (caseReference, register, redacted, encrypted, fileName) -> { };

    /** @param caseReference the case of a case workbook, null for the register */
    void exported(String caseReference, boolean register, boolean redacted, boolean encrypted, String fileName);
}
