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
 * A dairy farmworker held by a county sheriff's deputy for Border Patrol (after a stop near the farm or a call
 * about something else); a complaint to the Human Rights Commission follows, and some cases settle with the
 * county paying.
 */
final class FarmworkerHoldScenario implements DemoScenario {
    /** A farm town and the sheriff of its county. */
    private record FarmTown(String town, String sheriff) {
    }

    private static final List<FarmTown> TOWNS = List.of(
            new FarmTown("Bridport", "Addison County Sheriff's Department"),
            new FarmTown("Shoreham", "Addison County Sheriff's Department"),
            new FarmTown("Addison", "Addison County Sheriff's Department"),
            new FarmTown("Panton", "Addison County Sheriff's Department"),
            new FarmTown("Cornwall", "Addison County Sheriff's Department"),
            new FarmTown("Weybridge", "Addison County Sheriff's Department"),
            new FarmTown("Highgate", "Franklin County Sheriff's Department"),
            new FarmTown("Sheldon", "Franklin County Sheriff's Department"),
            new FarmTown("Fairfield", "Franklin County Sheriff's Department"),
            new FarmTown("Enosburg Falls", "Franklin County Sheriff's Department"),
            new FarmTown("Berkshire", "Franklin County Sheriff's Department"),
            new FarmTown("Irasburg", "Orleans County Sheriff's Department"),
            new FarmTown("Coventry", "Orleans County Sheriff's Department"),
            new FarmTown("Troy", "Orleans County Sheriff's Department"),
            new FarmTown("Danville", "Caledonia County Sheriff's Department"),
            new FarmTown("Pittsford", "Rutland County Sheriff's Department"),
            new FarmTown("Alburgh", "Grand Isle County Sheriff's Department"),
            new FarmTown("Charlotte", "Chittenden County Sheriff's Department"));
    private static final List<String> STATIONS = List.of("U.S. Border Patrol - Swanton Station",
            "U.S. Border Patrol - Richford Station", "U.S. Border Patrol - Newport Station");

    private final DemoContext ctx;
    private final CaseOutcome outcome;

    FarmworkerHoldScenario(DemoContext ctx, CaseOutcome outcome) {
        this.ctx = ctx;
        this.outcome = outcome;
    }

    @Override
    public Optional<CaseRecord> next() {
        DemoDice dice = ctx.dice;
        FarmTown t = dice.pick(TOWNS);
        Optional<DemoIncident> found = ctx.ref.agency(t.sheriff()).flatMap(ctx::incident);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DemoIncident in = found.get();
        Agency patrol = ctx.ref.agency(dice.pick(STATIONS)).orElse(null);
        Officer deputy = ctx.officer(in.agency());
        CaseDraft d = new CaseDraft(in);
        d.place = dice.pick("A dairy farm outside ", "Road by a dairy farm in ", "Parking lot of a store in ",
                "Farm lane near ") + t.town();
        Person worker = d.party(ctx.names.person(true), PartyRole.AFFECTED, dice.pick("milker", "farmworker",
                "herdsman"));
        String given = DemoNames.given(worker);
        if (dice.chance(0.5)) {
            d.party(ctx.names.person(false), PartyRole.WITNESS, "co-worker");
        }
        if (dice.chance(0.3)) {
            d.party(ctx.names.person(false), PartyRole.FAMILY, dice.pick("wife", "brother", "sister", "husband"));
        }
        String why = dice.pick("a broken tail light", "a call about a loose cow on the road",
                "a report of a suspicious car", "driving to the store after milking");

        int hold = d.violation(ctx.provision(in, "detainer-hold", "civil-enforcement"), deputy,
                "Deputy held " + given + " in the cruiser until Border Patrol arrived", dice.pick(
                        "Co-worker's statement", "Incident report", "Body-camera video (requested)"));
        Integer question = null;
        if (dice.chance(0.85)) {
            question = d.violation(ctx.provision(in, "status-inquiry"), deputy,
                    "Deputy asked " + given + " whether he or she had papers", null);
        }
        d.event(in.date(), d.firstTime(dice, 5, 19), EventKind.STOP, "Deputy stopped " + given + " near the farm ("
                + why + ")", "Affected person", in.agency(), deputy, null);
        if (question != null) {
            d.event(in.date(), d.nextTime(dice, 2, 10), EventKind.STATUS_QUESTION, "Asked about immigration papers",
                    "Affected person", in.agency(), deputy, question);
        }
        d.event(in.date(), d.nextTime(dice, 5, 20), EventKind.HOLD, "Held in the cruiser for Border Patrol",
                "Affected person", in.agency(), deputy, hold);
        d.event(in.date(), d.nextTime(dice, 40, 150), EventKind.TRANSFER, "Handed to Border Patrol agents", "Co-worker",
                patrol, null, hold);
        if (dice.chance(0.5)) {
            DetentionCourse.follow(ctx, d, given, patrol);
        }

        d.title = dice.pick("Farmworker " + given + " held by " + in.agencyShortName() + " for Border Patrol",
                "Farmworker held for Border Patrol in " + t.town(),
                given + " held at a " + t.town() + " farm for Border Patrol");
        d.narrative = given + " works on a dairy farm in " + t.town() + ". A deputy stopped " + given + " ("
                + why + "), asked about immigration papers and held " + given + " until Border Patrol agents came. "
                + "Co-workers saw it and called an advocate.";
        d.tag("farmworker");
        d.tag("Border Patrol");
        outcome.decide(d, List.of("state_civil_rights", "internal", "federal_suit"), in.payer());
        return Optional.of(d.build());
    }
}
