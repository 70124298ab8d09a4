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
 * Police pass a person's details to ICE after a call where the person was a victim, a witness or in a minor
 * matter; ICE arrests the person at home weeks later.
 */
final class InformationSharingScenario implements DemoScenario {
    private final DemoContext ctx;
    private final CaseOutcome outcome;
    private final List<Agency> agencies;

    InformationSharingScenario(DemoContext ctx, CaseOutcome outcome) {
        this.ctx = ctx;
        this.outcome = outcome;
        List<Agency> list = new ArrayList<>(ctx.ref.agenciesOfKind("municipal"));
        list.addAll(ctx.ref.agenciesOfKind("county_sheriff"));
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
        Agency ice = ctx.ref.agency("U.S. Immigration and Customs Enforcement - ERO Boston Field Office")
                .orElse(null);
        CaseDraft d = new CaseDraft(in);
        String area = in.agency().countyOrArea() == null ? "Vermont" : in.agency().countyOrArea();
        boolean victim = dice.chance(0.5);
        String call = victim ? dice.pick("a break-in at the apartment", "a car crash where the other driver fled",
                "a stolen bicycle", "a domestic dispute next door") : dice.pick("a noise complaint",
                "a parking complaint", "a dispute with a landlord");
        d.place = dice.pick("Apartment in ", "Home in ", "Trailer park in ") + area;
        Person affected = d.party(ctx.names.person(true), PartyRole.AFFECTED,
                victim ? "reported a crime" : "named in a report");
        String given = DemoNames.given(affected);
        if (dice.chance(0.5)) {
            d.party(ctx.names.person(false), PartyRole.FAMILY, dice.pick("partner", "daughter", "brother"));
        }
        int shared = d.violation(ctx.provision(in, "information-sharing"), officer,
                "Officer sent " + given + "'s name, address and phone number to ICE", dice.pick(
                        "ICE arrest report (FOIA)", "Email obtained by public records request", null));
        Integer second = null;
        if (victim ? dice.chance(0.8) : dice.chance(0.4)) {
            second = victim
                    ? d.violation(ctx.provision(in, "victims-witnesses", "status-inquiry"), officer, given
                            + " had called the police as a victim and was reported to ICE anyway", null)
                    : d.violation(ctx.provision(in, "status-inquiry"), officer, "Officer asked where " + given
                            + " was born while taking the report", null);
        }
        int weeks = dice.between(1, 10);
        d.event(in.date(), d.firstTime(dice, 0, 21), EventKind.OTHER, "Police came about " + call, "Affected person",
                in.agency(), officer, null);
        if (second != null) {
            d.event(in.date(), d.nextTime(dice, 5, 30), EventKind.STATUS_QUESTION, "Officer asked where " + given
                    + " was born while taking the report", "Affected person", in.agency(), officer, second);
        }
        d.event(in.date(), d.nextTime(dice, 20, 90), EventKind.CALL_TO_IMMIGRATION, "Officer passed " + given
                + "'s details to ICE", "ICE arrest report (FOIA)", in.agency(), officer, shared);
        if (!in.day().plusWeeks(weeks).isAfter(DemoContext.HORIZON)) {
            d.event(in.later(weeks * 7), dice.chance(0.7) ? dice.time(5, 8) : null, EventKind.DETENTION,
                    "ICE agents arrested " + given + " outside home", "Family", ice, null, null);
        }

        d.title = dice.pick(in.agencyShortName() + " shared " + given + "'s information with ICE",
                given + " reported to ICE after calling the police", "Information sharing with ICE after " + call);
        d.narrative = "Police came to " + given + "'s home about " + call + ". The officer took " + given
                + "'s details and passed them to ICE. " + weeks + (weeks == 1 ? " week" : " weeks")
                + " later ICE agents were waiting outside the house.";
        d.tag("ICE");
        d.tag("information sharing");
        outcome.decide(d, List.of("internal", "state_civil_rights", "federal_oversight", "federal_claim"),
                in.payer());
        return Optional.of(d.build());
    }
}
