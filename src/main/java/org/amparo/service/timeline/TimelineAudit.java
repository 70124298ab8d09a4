package org.amparo.service.timeline;

/**
 * Told after a timeline was printed or saved as PDF, for the audit trail (the safety work records it).
 * {@code fileName} is the PDF's file name without its folder, or null for a print.
 */
@FunctionalInterface
public interface TimelineAudit {
    TimelineAudit NONE = (caseReference, output, redacted, fileName) -> { };

    void recorded(String caseReference, TimelineOutput output, boolean redacted, String fileName);
}
