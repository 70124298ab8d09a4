package org.amparo.domain;

/** One FIPP provision an agency (and optionally one of its officers) broke in a case. */
public record Violation(Long id, long provisionId, long agencyId, Long officerId, String whatHappened,
                        String evidence) {

    /** How the violation at that position of a case is named in print and in workbooks: V1, V2, … */
    public static String tag(int index) {
        return "V" + (index + 1);
    }
}
