package org.amparo.service.demo;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.EventKind;
import org.amparo.domain.FilingStatus;

/**
 * How far a demo case got: intake, status, complaints filed (Human Rights Commission, FTCA claim, 1983 suit,
 * internal affairs, DHS), the agency's answer, and for some a settlement with its amount. Nothing is dated
 * after {@link DemoContext#HORIZON}; a case too young for a step stays at the step before.
 */
final class CaseOutcome {
    private static final String CASE_FILE = "Case file";
    private final DemoContext ctx;

    CaseOutcome(DemoContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param venueKinds complaint venues this kind of case goes to, most usual first
     * @param payer      who pays if it settles ("Franklin County", "the State of Vermont")
     */
    void decide(CaseDraft d, List<String> venueKinds, String payer) {
        DemoDice dice = ctx.dice;
        LocalDate day = d.incident.day();
        d.intake = DemoContext.capped(day.plusDays(dice.between(1, 45)));
        long age = ChronoUnit.DAYS.between(day, DemoContext.HORIZON);
        if (age < 60) {
            d.status = dice.chance(0.5) ? CaseStatus.INTAKE : CaseStatus.DOCUMENTING;
            return;
        }
        CaseStatus wanted = CaseStatus.values()[1 + dice.weighted(22, 25, 10, 15, 18, 10)];
        if (wanted == CaseStatus.DOCUMENTING) {
            d.status = CaseStatus.DOCUMENTING;
            planned(d, venueKinds);
            return;
        }
        if (wanted == CaseStatus.WITHDRAWN) {
            d.status = CaseStatus.WITHDRAWN;
            d.outcome = dice.pick("Withdrawn at the person's request (fear of retaliation).",
                    "Withdrawn: the family moved out of state and could not be reached.",
                    "Withdrawn after the person was deported; family chose not to go on.");
            return;
        }
        List<ComplaintVenue> venues = venues(venueKinds);
        LocalDate filed = day.plusDays(dice.between(20, 300));
        if (venues.isEmpty() || filed.isAfter(DemoContext.HORIZON)) {
            d.status = CaseStatus.DOCUMENTING;
            return;
        }
        ComplaintVenue first = venues.get(0);
        LocalDate answered = filed.plusDays(dice.between(30, 200));
        boolean answer = !answered.isAfter(DemoContext.HORIZON) && dice.chance(0.35);
        if (answer) {
            d.event(ApproximateDate.day(answered), null, EventKind.RESPONSE, dice.pick(
                    "The agency answered the complaint and denied any violation",
                    "The agency's answer admits the call to Border Patrol but says it was allowed",
                    "Investigator asked for the deputy's body-camera video",
                    "The Commission asked both sides for more information"), CASE_FILE, d.incident.agency(),
                    null, null);
        }
        switch (wanted) {
            case SETTLED -> settle(d, first, filed, payer);
            case CLOSED -> {
                d.status = CaseStatus.CLOSED;
                String result = dice.pick("No reasonable grounds found", "Dismissed on procedural grounds",
                        "Decided for the complainant; the agency changed its policy",
                        "Closed after the agency retrained its officers");
                fileAt(d, first, filed, result.startsWith("Dismissed") ? FilingStatus.DISMISSED
                        : FilingStatus.DECIDED, result);
                d.outcome = "Closed. " + result + ".";
            }
            case NEGOTIATING -> {
                d.status = CaseStatus.NEGOTIATING;
                fileAt(d, first, filed, FilingStatus.UNDER_REVIEW, null);
            }
            default -> {
                d.status = CaseStatus.COMPLAINT_FILED;
                fileAt(d, first, filed, dice.chance(0.5) ? FilingStatus.FILED : FilingStatus.UNDER_REVIEW, null);
            }
        }
        LocalDate second = filed.plusDays(dice.between(30, 400));
        if (venues.size() > 1 && dice.chance(0.3) && !second.isAfter(DemoContext.HORIZON)) {
            fileAt(d, venues.get(1), second, FilingStatus.FILED, null);
        }
    }

    private void settle(CaseDraft d, ComplaintVenue venue, LocalDate filed, String payer) {
        DemoDice dice = ctx.dice;
        LocalDate settled = filed.plusDays(dice.between(90, 700));
        if (settled.isAfter(DemoContext.HORIZON)) {
            d.status = CaseStatus.NEGOTIATING;
            fileAt(d, venue, filed, FilingStatus.UNDER_REVIEW, null);
            return;
        }
        BigDecimal amount = dice.amount(2500, 150_000, 500);
        String money = NumberFormat.getCurrencyInstance(Locale.US).format(amount).replace(".00", "");
        d.status = CaseStatus.SETTLED;
        d.settlementAmount = amount;
        d.settlementDate = settled;
        d.outcome = "Settled: " + payer + " paid " + money + dice.pick(" and agreed to train its officers on the FIPP.",
                " and adopted a stronger policy.", ".", " without admitting fault.");
        fileAt(d, venue, filed, FilingStatus.SETTLED, "Settled for " + money);
        d.event(ApproximateDate.day(settled), null, EventKind.SETTLEMENT, "Settlement signed: " + payer + " pays "
                + money, "Settlement agreement", d.incident.agency(), null, null);
        d.tag("settled");
    }

    private void fileAt(CaseDraft d, ComplaintVenue venue, LocalDate filed, FilingStatus status, String outcome) {
        d.filing(venue, filed, referenceNo(venue, filed), status, outcome);
        d.event(ApproximateDate.day(filed), null, EventKind.COMPLAINT_FILED, "Filed with " + venue.name(), CASE_FILE,
                null, null, null);
    }

    /** A documenting case sometimes already has a complaint planned. */
    private void planned(CaseDraft d, List<String> venueKinds) {
        if (ctx.dice.chance(0.15)) {
            venues(venueKinds).stream().findFirst()
                    .ifPresent(v -> d.filing(v, null, null, FilingStatus.PLANNED, null));
        }
    }

    private String referenceNo(ComplaintVenue venue, LocalDate filed) {
        String yy = String.format("%02d", filed.getYear() % 100);
        String n = String.format("%03d", ctx.dice.between(1, 480));
        return switch (venue.kind()) {
            case "state_civil_rights" -> "HRC-" + yy + "-" + n;
            case "federal_claim" -> "SF95-" + yy + "-" + n;
            case "federal_suit" -> "USDC-VT-" + yy + "-" + n;
            case "federal_oversight" -> "CRCL-" + yy + "-" + n;
            default -> "IA-" + yy + "-" + n;
        };
    }

    private List<ComplaintVenue> venues(List<String> kinds) {
        List<ComplaintVenue> out = new ArrayList<>();
        for (String k : kinds) {
            Optional<ComplaintVenue> v = ctx.ref.venue(k);
            v.ifPresent(out::add);
        }
        return out;
    }
}
