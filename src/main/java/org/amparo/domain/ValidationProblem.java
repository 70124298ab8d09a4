package org.amparo.domain;

import java.util.Objects;

/**
 * One thing wrong with a case, for the screen to show next to the field.
 *
 * @param field      the field, named as in {@link CaseRecord} ("title", "violations.agencyId", ...)
 * @param messageKey the key of the text in the {@code org.amparo.i18n.validation} bundle (en/es)
 * @param index      the position in the list the field belongs to (violations, events, filings, parties), or null
 */
public record ValidationProblem(String field, String messageKey, Integer index) {

    public ValidationProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
    }

    public static ValidationProblem of(String field, String messageKey) {
        return new ValidationProblem(field, messageKey, null);
    }

    public static ValidationProblem at(String field, int index, String messageKey) {
        return new ValidationProblem(field, messageKey, index);
    }
}
