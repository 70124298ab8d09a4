package org.amparo.ui.log;

/** One audit-trail entry in the user's words: when, who, what, which case, and a field's old and new value. */
public record LogRow(String time, String who, String action, String caseReference, String field, String oldValue,
                     String newValue, String detail) {
}
