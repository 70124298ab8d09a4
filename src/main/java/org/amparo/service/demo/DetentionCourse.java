package org.amparo.service.demo;

import org.amparo.domain.Agency;
import org.amparo.domain.EventKind;

/** What became of someone federal agents took: detention, then release on bond, deportation, or still held. */
final class DetentionCourse {
    private DetentionCourse() {
    }

    /** Adds the detention and what followed (events never after the horizon). */
    static void follow(DemoContext ctx, CaseDraft d, String given, Agency federal) {
        DemoDice dice = ctx.dice;
        DemoIncident in = d.incident;
        d.tag("detention");
        int held = dice.between(0, 2);
        String facility = dice.pick("a county jail in New Hampshire", "a detention center in Massachusetts",
                "the Northwest State Correctional Facility", "a processing center in New York");
        d.event(in.later(held), null, EventKind.DETENTION, given + " held in immigration detention at " + facility,
                dice.pick("Family", "Attorney", "Detention locator"), federal, null, null);
        switch (dice.weighted(35, 30, 35)) {
            case 0 -> {
                int days = dice.between(10, 150);
                if (!in.day().plusDays(days).isAfter(DemoContext.HORIZON)) {
                    d.event(in.later(days), null, EventKind.RELEASE, given + " released on bond after " + days
                            + " days", "Attorney", federal, null, null);
                }
            }
            case 1 -> {
                int days = dice.between(30, 330);
                if (!in.day().plusDays(days).isAfter(DemoContext.HORIZON)) {
                    d.event(in.later(days), null, EventKind.DEPORTATION, given + " deported after "
                            + (days / 30) + " months in detention", "Family", federal, null, null);
                    d.tag("deportation");
                }
            }
            default -> {
                // still detained when the case was last updated
            }
        }
    }
}
