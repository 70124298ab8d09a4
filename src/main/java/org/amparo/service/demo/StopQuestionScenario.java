package org.amparo.service.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.EventKind;
import org.amparo.domain.Officer;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;

/**
 * Two everyday variants of a traffic stop: a trooper asking the driver about immigration status, and an officer
 * (deputy, trooper or town police) demanding ID from the passengers. Most end the same day, some with a call to
 * immigration agents.
 */
final class StopQuestionScenario implements DemoScenario {
    private static final List<String> ROADS = List.of("Route 7", "Route 2", "Route 15", "Route 100", "Route 105",
            "Route 4", "Route 9", "Route 5", "Route 14", "Route 78", "Route 118", "Route 22A");

    private final DemoContext ctx;
    private final CaseOutcome outcome;
    private final boolean passengerId;
    private final List<Agency> agencies;

    /** @param passengerId true for passenger ID demands, false for troopers' status questions */
    StopQuestionScenario(DemoContext ctx, CaseOutcome outcome, boolean passengerId) {
        this.ctx = ctx;
        this.outcome = outcome;
        this.passengerId = passengerId;
        List<Agency> list = new ArrayList<>(ctx.ref.agenciesOfKind("state_unit"));
        if (passengerId) {
            list.addAll(ctx.ref.agenciesOfKind("county_sheriff"));
            list.addAll(ctx.ref.agenciesOfKind("municipal"));
        }
        this.agencies = List.copyOf(list);
    }

    @Override
    public Optional<CaseRecord> next() {
        if (agencies.isEmpty()) {
            return Optional.empty();
        }
        DemoDice dice = ctx.dice;
        Optional<DemoIncident> found = ctx.incident(dice.pick(agencies));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DemoIncident in = found.get();
        Officer officer = ctx.officer(in.agency());
        CaseDraft d = new CaseDraft(in);
        String road = dice.pick(ROADS);
        String area = in.agency().countyOrArea() == null ? "Vermont" : in.agency().countyOrArea();
        d.place = road + ", " + area;
        Person affected = passengerId
                ? d.party(ctx.names.person(true), PartyRole.PASSENGER, "asked for ID")
                : d.party(ctx.names.person(true), PartyRole.DRIVER, "questioned about status");
        String given = DemoNames.given(affected);
        if (passengerId) {
            d.party(ctx.names.person(false), PartyRole.DRIVER, null);
        } else if (dice.chance(0.4)) {
            d.party(ctx.names.person(false), PartyRole.PASSENGER, dice.pick("child", "co-worker", "spouse"));
        }

        int main = passengerId
                ? d.violation(ctx.provision(in, "passenger-id", "status-inquiry"), officer,
                        "Officer demanded ID from " + given + ", a passenger not suspected of any crime",
                        dice.pick("Passenger's statement", "Driver's statement", null))
                : d.violation(ctx.provision(in, "status-inquiry"), officer,
                        "Trooper asked " + given + " where he or she was from and whether he or she had papers",
                        dice.pick("Driver's statement", "Body-camera video", null));
        boolean called = dice.chance(0.5);
        Integer callViolation = called ? d.violation(ctx.provision(in, "prolonged-stop", "information-sharing"),
                officer, "Stop extended while the officer checked status with immigration agents",
                "Dispatch log") : null;

        d.event(in.date(), d.firstTime(dice, 6, 22), EventKind.STOP, "Stopped on " + road + " for " + dice.pick(
                "speeding", "a headlight out", "an expired inspection sticker", "rolling a stop sign"),
                "Affected person", in.agency(), officer, null);
        d.event(in.date(), d.nextTime(dice, 2, 10), passengerId ? EventKind.ID_DEMAND : EventKind.STATUS_QUESTION,
                passengerId ? "Officer asked " + given + " for ID and where he or she lived"
                        : "Trooper asked " + given + " about immigration status",
                "Affected person", in.agency(), officer, main);
        if (called) {
            Agency lesc = ctx.ref.agency("ICE Law Enforcement Support Center (Williston)").orElse(null);
            d.event(in.date(), d.nextTime(dice, 5, 20), EventKind.CALL_TO_IMMIGRATION,
                    "Officer ran a status check with immigration agents", "Dispatch log", lesc, null, callViolation);
        }
        d.event(in.date(), d.nextTime(dice, 10, 60), EventKind.RELEASE, dice.pick("Let go with a warning",
                "Let go with a ticket", "Released after about an hour"), "Affected person", in.agency(), officer,
                null);

        d.title = passengerId
                ? dice.pick("Passenger ID demand on " + road, given + " asked for ID as a passenger (" + area + ")",
                        in.agencyShortName() + ": passenger ID demand")
                : dice.pick("Trooper asked " + given + " about immigration status",
                        "Status questions at a stop on " + road, in.agencyShortName() + ": status question at a stop");
        d.narrative = passengerId
                ? given + " was riding in a car stopped on " + road + ". The officer asked " + given + " for ID even "
                        + "though only the driver was suspected of a traffic violation, and did not say it was optional."
                : given + " was stopped on " + road + ". The trooper asked where " + given + " was from and whether "
                        + given + " had papers, which had nothing to do with the reason for the stop.";
        d.tag(passengerId ? "passenger" : "status question");
        outcome.decide(d, List.of("internal", "state_civil_rights", "federal_oversight"), in.payer());
        return Optional.of(d.build());
    }
}
