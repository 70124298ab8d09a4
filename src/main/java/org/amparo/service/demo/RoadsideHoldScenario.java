package org.amparo.service.demo;

import java.util.List;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.EventKind;
import org.amparo.domain.Officer;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;

/**
 * A car stopped on I-89 or I-91 by a county sheriff's deputy; the passengers are asked for ID and the car is
 * held on the shoulder until Border Patrol arrives and takes someone away (the stop prolonged for immigration).
 */
final class RoadsideHoldScenario implements DemoScenario {
    /** A stretch of interstate, the sheriff who patrols it and the Border Patrol station that answers. */
    private record Stretch(String highway, int exit, String town, String sheriff, String station) {
    }

    private static final String SWANTON = "U.S. Border Patrol - Swanton Station";
    private static final String RICHFORD = "U.S. Border Patrol - Richford Station";
    private static final String NEWPORT = "U.S. Border Patrol - Newport Station";
    private static final List<Stretch> STRETCHES = List.of(
            new Stretch("I-89", 21, "Swanton", "Franklin County Sheriff's Department", SWANTON),
            new Stretch("I-89", 19, "St. Albans", "Franklin County Sheriff's Department", SWANTON),
            new Stretch("I-89", 18, "Georgia", "Franklin County Sheriff's Department", RICHFORD),
            new Stretch("I-89", 16, "Colchester", "Chittenden County Sheriff's Department", SWANTON),
            new Stretch("I-89", 12, "Williston", "Chittenden County Sheriff's Department", RICHFORD),
            new Stretch("I-89", 11, "Richmond", "Chittenden County Sheriff's Department", RICHFORD),
            new Stretch("I-89", 10, "Waterbury", "Washington County Sheriff's Department", RICHFORD),
            new Stretch("I-89", 8, "Montpelier", "Washington County Sheriff's Department", RICHFORD),
            new Stretch("I-89", 4, "Randolph", "Orange County Sheriff's Department", NEWPORT),
            new Stretch("I-89", 1, "Quechee", "Windsor County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 1, "Brattleboro", "Windham County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 5, "Westminster", "Windham County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 7, "Springfield", "Windsor County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 16, "Bradford", "Orange County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 20, "St. Johnsbury", "Caledonia County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 23, "Lyndonville", "Caledonia County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 27, "Newport", "Orleans County Sheriff's Department", NEWPORT),
            new Stretch("I-91", 28, "Derby", "Orleans County Sheriff's Department", NEWPORT));

    private final DemoContext ctx;
    private final CaseOutcome outcome;

    RoadsideHoldScenario(DemoContext ctx, CaseOutcome outcome) {
        this.ctx = ctx;
        this.outcome = outcome;
    }

    @Override
    public Optional<CaseRecord> next() {
        DemoDice dice = ctx.dice;
        Stretch s = dice.pick(STRETCHES);
        Optional<Agency> sheriff = ctx.ref.agency(s.sheriff());
        Optional<DemoIncident> found = sheriff.flatMap(ctx::incident);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DemoIncident in = found.get();
        Agency patrol = ctx.ref.agency(s.station()).orElse(null);
        Officer deputy = ctx.officer(in.agency());
        CaseDraft d = new CaseDraft(in);
        String direction = dice.pick("northbound", "southbound");
        d.place = s.highway() + " " + direction + " near exit " + s.exit() + ", " + s.town();
        Person passenger = d.party(ctx.names.person(true), PartyRole.PASSENGER, dice.pick("detained",
                "held, then taken by Border Patrol", "detained and transferred"));
        Person driver = d.party(ctx.names.person(false), PartyRole.DRIVER, dice.chance(0.3) ? "also detained" : null);
        if (dice.chance(0.35)) {
            d.party(ctx.names.person(false), PartyRole.PASSENGER, null);
        }
        int hours = dice.between(1, 4);
        String given = DemoNames.given(passenger);

        int prolonged = d.violation(ctx.provision(in, "prolonged-stop"), deputy,
                "Stop held about " + hours + (hours == 1 ? " hour" : " hours") + " on the shoulder until Border "
                        + "Patrol arrived", dice.pick("Driver's account", "Dispatch log (public records request)",
                        "Dash-camera video"));
        int idDemand = d.violation(ctx.provision(in, "passenger-id", "status-inquiry"), deputy,
                "Deputy demanded ID from the passengers and asked where they were born", dice.chance(0.5)
                        ? "Passenger's statement" : null);
        Integer sharing = null;
        if (dice.chance(0.3)) {
            sharing = d.violation(ctx.provision(in, "information-sharing", "civil-enforcement"), deputy,
                    "Deputy read the passengers' names to Border Patrol over the phone", "Dispatch log");
        }

        d.event(in.date(), d.firstTime(dice, 6, 20), EventKind.STOP, "Car stopped on " + s.highway() + " for "
                + dice.pick("speeding", "a lane violation", "a cracked windshield", "an equipment check",
                "a registration check"), "Driver", in.agency(), deputy, null);
        d.event(in.date(), d.nextTime(dice, 3, 15), EventKind.ID_DEMAND, "Deputy asked " + given
                + " and the other passengers for ID", "Driver", in.agency(), deputy, idDemand);
        if (sharing != null || dice.chance(0.4)) {
            d.event(in.date(), d.nextTime(dice, 5, 30), EventKind.CALL_TO_IMMIGRATION, "Deputy called Border Patrol",
                    "Dispatch log", in.agency(), deputy, sharing != null ? sharing : prolonged);
        }
        if (dice.chance(0.4)) {
            d.event(in.date(), d.nextTime(dice, 5, 20), EventKind.HOLD, "Car held on the shoulder about " + hours
                    + (hours == 1 ? " hour" : " hours"), "Driver", in.agency(), deputy, prolonged);
        }
        d.event(in.date(), d.nextTime(dice, 60 * hours - 30, 60 * hours), EventKind.TRANSFER, "Border Patrol arrived and took " + given
                + " away", "Driver", patrol, null, prolonged);
        if (dice.chance(0.7)) {
            DetentionCourse.follow(ctx, d, given, patrol);
        }

        d.title = dice.pick(given + " held on " + s.highway() + " near " + s.town() + " until Border Patrol came",
                "Roadside hold on " + s.highway() + " (" + in.agencyShortName() + ") for Border Patrol",
                "Passenger held for Border Patrol on " + s.highway() + ", exit " + s.exit());
        d.narrative = given + " was a passenger in a car driven by " + driver.name() + ". A deputy stopped the car on "
                + s.highway() + " near " + s.town() + ", asked everyone for identification and kept the car on the "
                + "shoulder about " + hours + (hours == 1 ? " hour" : " hours") + " until Border Patrol agents "
                + "arrived. " + given + " was taken to the station and processed for removal.";
        d.tag(s.highway());
        d.tag("roadside");
        d.tag("Border Patrol");
        outcome.decide(d, List.of("state_civil_rights", "federal_suit", "internal"), in.payer());
        return Optional.of(d.build());
    }
}
