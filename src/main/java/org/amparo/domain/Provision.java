package org.amparo.domain;

/**
 * One provision of a FIPP version, by topic. The same topic appears in several versions with different
 * wording; {@code sectionRef} is typed by the user from the agency's copy.
 */
public record Provision(Long id, long policyVersionId, String topic, String sectionRef, String title,
                        String summary, String kind, boolean shipped, boolean userEdited) {
}
