package org.amparo.store.check;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an integrity check: how many rows each table holds, and the problems found in plain
 * words (each naming the case it touches, where there is one). {@code damaged} means H2 could not read
 * part of the file.
 */
public record IntegrityReport(Map<String, Long> counts, List<Problem> problems, boolean damaged) {

    /** One thing wrong: a short code for programs, the case it touches (or null) and a plain description. */
    public record Problem(String code, String caseReference, String detail) {
    }

    public boolean ok() {
        return problems.isEmpty() && !damaged;
    }
}
