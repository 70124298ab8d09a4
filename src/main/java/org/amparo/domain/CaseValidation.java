package org.amparo.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a case before it is saved and lists what is wrong, each with the field, a message key (texts in the
 * {@code org.amparo.i18n.validation} bundle, en/es) and, for list entries, the index. An empty list means the case
 * can be saved. Whether a violation's provision was in force is a warning, not a problem: see
 * {@link ViolationInForceCheck}.
 */
public final class CaseValidation {
    public static final String TITLE_MISSING = "validation.title.missing";
    public static final String STATUS_MISSING = "validation.status.missing";
    public static final String REFERENCE_INVALID = "validation.reference.invalid";
    public static final String INCIDENT_FUTURE = "validation.incident.future";
    public static final String SETTLEMENT_BEFORE_INCIDENT = "validation.settlement.date.beforeIncident";
    public static final String SETTLEMENT_AMOUNT_NEGATIVE = "validation.settlement.amount.negative";
    public static final String PARTY_NAME_MISSING = "validation.party.name.missing";
    public static final String VIOLATION_AGENCY_MISSING = "validation.violation.agency.missing";
    public static final String VIOLATION_PROVISION_MISSING = "validation.violation.provision.missing";
    public static final String EVENT_DATE_MISSING = "validation.event.date.missing";
    public static final String EVENT_DESCRIPTION_MISSING = "validation.event.description.missing";
    public static final String EVENT_VIOLATION_OUT_OF_RANGE = "validation.event.violation.outOfRange";
    public static final String FILING_VENUE_MISSING = "validation.filing.venue.missing";
    public static final String FILING_FUTURE = "validation.filing.future";

    /** Every key above, for completeness checks of the message bundles. */
    public static final List<String> MESSAGE_KEYS = List.of(TITLE_MISSING, STATUS_MISSING, REFERENCE_INVALID,
            INCIDENT_FUTURE, SETTLEMENT_BEFORE_INCIDENT, SETTLEMENT_AMOUNT_NEGATIVE, PARTY_NAME_MISSING,
            VIOLATION_AGENCY_MISSING, VIOLATION_PROVISION_MISSING, EVENT_DATE_MISSING, EVENT_DESCRIPTION_MISSING,
            EVENT_VIOLATION_OUT_OF_RANGE, FILING_VENUE_MISSING, FILING_FUTURE);

    private CaseValidation() {
    }

    /**
     * @param c     the case as the user edited it
     * @param today the current day (passed in so the rule is testable)
     */
    public static List<ValidationProblem> validate(CaseRecord c, LocalDate today) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(today, "today");
        List<ValidationProblem> problems = new ArrayList<>();
        checkCase(c, today, problems);
        checkParties(c, problems);
        checkViolations(c, problems);
        checkEvents(c, problems);
        checkFilings(c, today, problems);
        return List.copyOf(problems);
    }

    private static void checkCase(CaseRecord c, LocalDate today, List<ValidationProblem> problems) {
        if (isBlank(c.title())) {
            problems.add(ValidationProblem.of("title", TITLE_MISSING));
        }
        if (c.status() == null) {
            problems.add(ValidationProblem.of("status", STATUS_MISSING));
        }
        if (c.reference() != null && !CaseReference.isValid(c.reference())) {
            problems.add(ValidationProblem.of("reference", REFERENCE_INVALID));
        }
        ApproximateDate incident = c.incidentDate();
        if (incident != null && incident.isAfter(today)) {
            problems.add(ValidationProblem.of("incidentDate", INCIDENT_FUTURE));
        }
        if (incident != null && c.settlementDate() != null && c.settlementDate().isBefore(incident.earliest())) {
            problems.add(ValidationProblem.of("settlementDate", SETTLEMENT_BEFORE_INCIDENT));
        }
        if (c.settlementAmount() != null && c.settlementAmount().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(ValidationProblem.of("settlementAmount", SETTLEMENT_AMOUNT_NEGATIVE));
        }
    }

    private static void checkParties(CaseRecord c, List<ValidationProblem> problems) {
        for (int i = 0; i < c.parties().size(); i++) {
            CaseParty p = c.parties().get(i);
            if (p.person() == null || isBlank(p.person().name())) {
                problems.add(ValidationProblem.at("parties.person.name", i, PARTY_NAME_MISSING));
            }
        }
    }

    private static void checkViolations(CaseRecord c, List<ValidationProblem> problems) {
        for (int i = 0; i < c.violations().size(); i++) {
            Violation v = c.violations().get(i);
            if (v.agencyId() <= 0) {
                problems.add(ValidationProblem.at("violations.agencyId", i, VIOLATION_AGENCY_MISSING));
            }
            if (v.provisionId() <= 0) {
                problems.add(ValidationProblem.at("violations.provisionId", i, VIOLATION_PROVISION_MISSING));
            }
        }
    }

    private static void checkEvents(CaseRecord c, List<ValidationProblem> problems) {
        for (int i = 0; i < c.events().size(); i++) {
            TimelineEvent e = c.events().get(i);
            if (e.date() == null) {
                problems.add(ValidationProblem.at("events.date", i, EVENT_DATE_MISSING));
            }
            if (isBlank(e.description())) {
                problems.add(ValidationProblem.at("events.description", i, EVENT_DESCRIPTION_MISSING));
            }
            Integer link = e.violationIndex();
            if (link != null && (link < 0 || link >= c.violations().size())) {
                problems.add(ValidationProblem.at("events.violationIndex", i, EVENT_VIOLATION_OUT_OF_RANGE));
            }
        }
    }

    /** A planned filing may carry the day it is planned for; any other filing cannot have been filed tomorrow. */
    private static void checkFilings(CaseRecord c, LocalDate today, List<ValidationProblem> problems) {
        for (int i = 0; i < c.filings().size(); i++) {
            Filing f = c.filings().get(i);
            if (f.venueId() <= 0) {
                problems.add(ValidationProblem.at("filings.venueId", i, FILING_VENUE_MISSING));
            }
            if (f.filedOn() != null && f.filedOn().isAfter(today) && f.status() != FilingStatus.PLANNED) {
                problems.add(ValidationProblem.at("filings.filedOn", i, FILING_FUTURE));
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
