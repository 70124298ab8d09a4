package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final ApproximateDate INCIDENT = ApproximateDate.day(LocalDate.of(2019, 8, 2));

    /** A complete, valid case: the I-89 passenger held for Border Patrol. */
    private static CaseRecord valid() {
        Violation prolonged = new Violation(null, 12, 4, null, "Held about two hours for Border Patrol", "Witness");
        TimelineEvent stop = new TimelineEvent(null, INCIDENT, LocalTime.of(7, 40), EventKind.STOP,
                "Car stopped on I-89", "driver", 4L, null, 0);
        TimelineEvent detention = new TimelineEvent(null, ApproximateDate.month(java.time.YearMonth.of(2019, 9)),
                null, EventKind.DETENTION, "Detained", null, null, null, null);
        Filing hrc = new Filing(null, 3, LocalDate.of(2020, 1, 15), "HRC-1", FilingStatus.SETTLED, "settled");
        return new CaseRecord(null, "2019-0001", "I-89 passenger held for Border Patrol", CaseStatus.SETTLED,
                INCIDENT, "I-89, Chittenden County", "narrative", LocalDate.of(2019, 8, 1), "paid",
                new BigDecimal("40000.00"), LocalDate.of(2021, 3, 1), List.of("traffic-stop"),
                List.of(new CaseParty(Person.named("José Pérez"), PartyRole.PASSENGER, null)),
                List.of(prolonged), List.of(stop, detention), List.of(hrc));
    }

    private static CaseRecord with(CaseRecord c, String title, ApproximateDate incident, BigDecimal amount,
                                   LocalDate settled) {
        return new CaseRecord(c.id(), c.reference(), title, c.status(), incident, c.place(), c.narrative(),
                c.intakeDate(), c.outcome(), amount, settled, c.tags(), c.parties(), c.violations(), c.events(),
                c.filings());
    }

    private static CaseRecord withLists(CaseRecord c, List<Violation> violations, List<TimelineEvent> events,
                                        List<Filing> filings) {
        return new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(), c.place(),
                c.narrative(), c.intakeDate(), c.outcome(), c.settlementAmount(), c.settlementDate(), c.tags(),
                c.parties(), violations, events, filings);
    }

    private static List<ValidationProblem> validate(CaseRecord c) {
        return CaseValidation.validate(c, TODAY);
    }

    @Test
    void completeCaseHasNoProblems() {
        assertEquals(List.of(), validate(valid()));
    }

    @Test
    void newCaseWithOnlyATitleIsValid() {
        assertEquals(List.of(), validate(CaseRecord.newCase("Farmworker held by the sheriff")));
    }

    @Test
    void intakeBeforeTheIncidentIsFine() {
        CaseRecord c = valid();
        CaseRecord early = new CaseRecord(null, null, c.title(), c.status(), c.incidentDate(), null, null,
                LocalDate.of(2019, 1, 1), null, null, null, null, null, null, null, null);
        assertEquals(List.of(), validate(early));
    }

    @Test
    void missingOrBlankTitle() {
        assertEquals(List.of(ValidationProblem.of("title", CaseValidation.TITLE_MISSING)),
                validate(with(valid(), "  ", INCIDENT, null, null)));
        assertEquals(List.of(ValidationProblem.of("title", CaseValidation.TITLE_MISSING)),
                validate(CaseRecord.newCase(null)));
    }

    @Test
    void incidentInTheFuture() {
        CaseRecord tomorrow = with(valid(), "t", ApproximateDate.day(TODAY.plusDays(1)), null, null);
        assertEquals(List.of(ValidationProblem.of("incidentDate", CaseValidation.INCIDENT_FUTURE)),
                validate(tomorrow));
        assertEquals(List.of(), validate(with(valid(), "t", ApproximateDate.day(TODAY), null, null)));
        assertEquals(List.of(), validate(with(valid(), "t", ApproximateDate.year(TODAY.getYear()), null, null)),
                "a year that has begun may hold the incident");
        assertEquals(List.of(), validate(with(valid(), "t", null, null, null)), "no incident date yet is fine");
    }

    @Test
    void settlementBeforeTheIncident() {
        CaseRecord c = with(valid(), "t", ApproximateDate.month(java.time.YearMonth.of(2019, 8)),
                BigDecimal.TEN, LocalDate.of(2019, 7, 31));
        assertEquals(List.of(ValidationProblem.of("settlementDate", CaseValidation.SETTLEMENT_BEFORE_INCIDENT)),
                validate(c));
        CaseRecord sameMonth = with(valid(), "t", ApproximateDate.month(java.time.YearMonth.of(2019, 8)),
                BigDecimal.TEN, LocalDate.of(2019, 8, 1));
        assertEquals(List.of(), validate(sameMonth), "counted against the earliest possible day");
    }

    @Test
    void negativeSettlementAmount() {
        assertEquals(List.of(ValidationProblem.of("settlementAmount", CaseValidation.SETTLEMENT_AMOUNT_NEGATIVE)),
                validate(with(valid(), "t", INCIDENT, new BigDecimal("-0.01"), null)));
        assertEquals(List.of(), validate(with(valid(), "t", INCIDENT, BigDecimal.ZERO, null)));
    }

    @Test
    void violationWithoutAgencyOrProvision() {
        CaseRecord c = valid();
        List<Violation> vs = List.of(c.violations().get(0), new Violation(null, 0, 0, null, "x", null),
                new Violation(null, 7, -1, null, "y", null));
        List<ValidationProblem> problems = validate(withLists(c, vs, List.of(), List.of()));
        assertEquals(List.of(
                ValidationProblem.at("violations.agencyId", 1, CaseValidation.VIOLATION_AGENCY_MISSING),
                ValidationProblem.at("violations.provisionId", 1, CaseValidation.VIOLATION_PROVISION_MISSING),
                ValidationProblem.at("violations.agencyId", 2, CaseValidation.VIOLATION_AGENCY_MISSING)),
                problems);
    }

    @Test
    void eventsNeedADateADescriptionAndAnExistingViolation() {
        CaseRecord c = valid();
        List<TimelineEvent> events = List.of(
                new TimelineEvent(null, null, null, EventKind.HOLD, "Held", null, null, null, null),
                new TimelineEvent(null, INCIDENT, null, EventKind.HOLD, " ", null, null, null, 0),
                new TimelineEvent(null, INCIDENT, null, EventKind.HOLD, "linked", null, null, null, 1),
                new TimelineEvent(null, INCIDENT, null, EventKind.HOLD, "linked", null, null, null, -1));
        List<ValidationProblem> problems = validate(withLists(c, c.violations(), events, List.of()));
        assertEquals(List.of(
                ValidationProblem.at("events.date", 0, CaseValidation.EVENT_DATE_MISSING),
                ValidationProblem.at("events.description", 1, CaseValidation.EVENT_DESCRIPTION_MISSING),
                ValidationProblem.at("events.violationIndex", 2, CaseValidation.EVENT_VIOLATION_OUT_OF_RANGE),
                ValidationProblem.at("events.violationIndex", 3, CaseValidation.EVENT_VIOLATION_OUT_OF_RANGE)),
                problems);
    }

    @Test
    void filingInTheFutureUnlessPlanned() {
        CaseRecord c = valid();
        List<Filing> filings = List.of(
                new Filing(null, 3, TODAY, null, FilingStatus.FILED, null),
                new Filing(null, 3, TODAY.plusDays(1), null, FilingStatus.FILED, null),
                new Filing(null, 3, TODAY.plusDays(30), null, FilingStatus.PLANNED, null),
                new Filing(null, 0, null, null, FilingStatus.PLANNED, null));
        assertEquals(List.of(
                ValidationProblem.at("filings.filedOn", 1, CaseValidation.FILING_FUTURE),
                ValidationProblem.at("filings.venueId", 3, CaseValidation.FILING_VENUE_MISSING)),
                validate(withLists(c, c.violations(), c.events(), filings)));
    }

    @Test
    void statusReferenceAndPartyNames() {
        CaseRecord c = valid();
        CaseRecord bad = new CaseRecord(null, "19-1", c.title(), null, c.incidentDate(), null, null, null, null,
                null, null, null, List.of(new CaseParty(Person.named(""), PartyRole.WITNESS, null),
                        new CaseParty(Person.named("Ana Martínez"), PartyRole.DRIVER, null)), null, null, null);
        assertEquals(List.of(
                ValidationProblem.of("status", CaseValidation.STATUS_MISSING),
                ValidationProblem.of("reference", CaseValidation.REFERENCE_INVALID),
                ValidationProblem.at("parties.person.name", 0, CaseValidation.PARTY_NAME_MISSING)),
                validate(bad));
    }

    @Test
    void everyProblemUsesADeclaredKey() {
        CaseRecord everything = new CaseRecord(null, "x", "", null, ApproximateDate.day(TODAY.plusDays(2)), null,
                null, null, null, new BigDecimal("-5"), TODAY.plusDays(1),
                null, List.of(new CaseParty(null, PartyRole.OTHER, null)),
                List.of(new Violation(null, 0, 0, null, null, null)),
                List.of(new TimelineEvent(null, null, null, EventKind.OTHER, null, null, null, null, 5)),
                List.of(new Filing(null, 0, TODAY.plusDays(1), null, FilingStatus.FILED, null)));
        List<String> keys = validate(everything).stream().map(ValidationProblem::messageKey).toList();
        assertEquals(CaseValidation.MESSAGE_KEYS, keys, "each check fires once, in declaration order");
    }
}
