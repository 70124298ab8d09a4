package org.amparo.domain;

/** One changed field of a case, with values as the audit trail may keep them. */
public record FieldChange(String field, String oldValue, String newValue) {
}
