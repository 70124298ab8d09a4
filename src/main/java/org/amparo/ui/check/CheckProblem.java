package org.amparo.ui.check;

import org.amparo.domain.CaseReference;

/**
 * One problem of the check as the window lists it: its plain words, and the reference of the case it touches
 * (null when it touches none).
 */
public record CheckProblem(String text, String caseReference) {

    /** The case to open in the editor, or null: none named, or a reference the editor cannot look up. */
    public CaseReference caseToOpen() {
        return caseReference != null && CaseReference.isValid(caseReference) ? CaseReference.parse(caseReference)
                : null;
    }

    /** The list shows the words. */
    @Override
    public String toString() {
        return text;
    }
}
