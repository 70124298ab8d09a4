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
 * A State Police barracks hands someone to Border Patrol: a trooper brings the person in after a stop or a
 * minor charge, calls Border Patrol and lets agents take the person from the barracks; months in detention and
 * often deportation follow.
 */
final class BarracksHandoverScenario implements DemoScenario {
    /** A barracks, a town it covers and the Border Patrol station that answers its calls. */
    private record Barracks(String name, String town, String station) {
    }

    private static final List<Barracks> BARRACKS = List.of(
            new Barracks("Vermont State Police - St. Albans Barracks", "St. Albans",
                    "U.S. Border Patrol - Swanton Station"),
            new Barracks("Vermont State Police - Williston Barracks", "Williston",
                    "U.S. Border Patrol - Richford Station"),
            new Barracks("Vermont State Police - Berlin Barracks", "Berlin", "U.S. Border Patrol - Richford Station"),
            new Barracks("Vermont State Police - Derby Barracks", "Derby", "U.S. Border Patrol - Newport Station"),
            new Barracks("Vermont State Police - St. Johnsbury Barracks", "St. Johnsbury",
                    "U.S. Border Patrol - Newport Station"),
            new Barracks("Vermont State Police - Rutland Barracks", "Rutland", "U.S. Border Patrol - Swanton Station"),
            new Barracks("Vermont State Police - Westminster Barracks", "Westminster",
                    "U.S. Border Patrol - Newport Station"),
            new Barracks("Vermont State Police - Shaftsbury Barracks", "Shaftsbury",
                    "U.S. Border Patrol - Swanton Station"));

    private final DemoContext ctx;
    private final CaseOutcome outcome;

    BarracksHandoverScenario(DemoContext ctx, CaseOutcome outcome) {
        this.ctx = ctx;
        this.outcome = outcome;
    }

    @Override
    public Optional<CaseRecord> next() {
        DemoDice dice = ctx.dice;
        Barracks b = dice.pick(BARRACKS);
        Optional<DemoIncident> found = ctx.ref.agency(b.name()).flatMap(ctx::incident);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DemoIncident in = found.get();
        Agency patrol = ctx.ref.agency(b.station()).orElse(null);
        Officer trooper = ctx.officer(in.agency());
        CaseDraft d = new CaseDraft(in);
        d.place = in.agency().name().replace("Vermont State Police - ", "") + ", " + b.town();
        Person person = d.party(ctx.names.person(true), PartyRole.AFFECTED, dice.pick("handed to Border Patrol",
                "detained", "deported"));
        String given = DemoNames.given(person);
        if (dice.chance(0.6)) {
            d.party(ctx.names.person(false), PartyRole.FAMILY, dice.pick("partner", "mother", "cousin", "son"));
        }
        String reason = dice.pick("driving without a license", "a minor crash", "an unpaid fine",
                "a noise complaint", "a fender-bender in a parking lot");

        int handover = d.violation(ctx.provision(in, "custody-access", "detainer-hold"), trooper,
                "Barracks let Border Patrol agents take " + given + " from the holding room", dice.pick(
                        "Barracks log (public records request)", "Border Patrol I-213 form", "Family's account"));
        Integer call = null;
        if (dice.chance(0.85)) {
            call = d.violation(ctx.provision(in, "border-crossing", "civil-enforcement"), trooper,
                    "Trooper called Border Patrol about " + given + "'s status, with no criminal matter pending",
                    "Dispatch recording");
        }
        d.event(in.date(), d.firstTime(dice, 7, 21), EventKind.STOP, "Trooper stopped " + given + " (" + reason + ")",
                "Affected person", in.agency(), trooper, null);
        d.event(in.date(), d.nextTime(dice, 30, 90), EventKind.CALL_TO_IMMIGRATION, "Trooper called Border Patrol from "
                + "the barracks", "Dispatch recording", in.agency(), trooper, call);
        d.event(in.date(), d.nextTime(dice, 45, 180), EventKind.TRANSFER, "Border Patrol agents took " + given
                + " from the barracks", "Border Patrol I-213 form", patrol, null, handover);
        if (dice.chance(0.8)) {
            DetentionCourse.follow(ctx, d, given, patrol);
        }

        d.title = dice.pick(given + " handed to Border Patrol at the " + b.town() + " barracks",
                in.agencyShortName() + " handover to Border Patrol",
                "Barracks handover to Border Patrol after " + reason);
        d.narrative = "A trooper brought " + given + " to the " + b.town() + " barracks after " + reason + ". "
                + "Instead of a citation, the trooper called Border Patrol, and agents took " + given
                + " from the barracks. The family learned where " + given + " was held only days later.";
        d.tag("barracks");
        d.tag("Border Patrol");
        outcome.decide(d, List.of("federal_claim", "state_civil_rights", "federal_suit", "federal_oversight"),
                in.payer());
        return Optional.of(d.build());
    }
}
