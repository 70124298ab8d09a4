package org.amparo.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole case as the user edits it and as it is saved in one transaction: the case itself, its people,
 * violations, timeline and filings. {@code id} and {@code reference} are null for a case not saved yet.
 */
public record CaseRecord(Long id, String reference, String title, CaseStatus status, ApproximateDate incidentDate,
                         String place, String narrative, LocalDate intakeDate, String outcome,
                         BigDecimal settlementAmount, LocalDate settlementDate, List<String> tags,
                         List<CaseParty> parties, List<Violation> violations, List<TimelineEvent> events,
                         List<Filing> filings) {

    public CaseRecord {
        tags = List.copyOf(tags == null ? List.of() : tags);
        parties = List.copyOf(parties == null ? List.of() : parties);
        violations = List.copyOf(violations == null ? List.of() : violations);
        events = List.copyOf(events == null ? List.of() : events);
        filings = List.copyOf(filings == null ? List.of() : filings);
    }

    public static CaseRecord newCase(String title) {
        return new CaseRecord(null, null, title, CaseStatus.INTAKE, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
