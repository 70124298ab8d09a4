package org.amparo.domain;

/** One FIPP provision an agency (and optionally one of its officers) broke in a case. */
public record Violation(Long id, long provisionId, long agencyId, Long officerId, String whatHappened,
                        String evidence) {
}
