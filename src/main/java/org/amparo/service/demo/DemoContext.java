package org.amparo.service.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;

/** What every demo scenario draws on: the dice, names, the vault's reference rows and the policy choice. */
final class DemoContext {
    /** Incidents happen from the day the first statewide FIPP took effect ... */
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 7, 1);
    /** ... to the end of October 2026. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    /** Nothing in a demo case happens after this day (intake, filings, settlements). */
    static final LocalDate HORIZON = LocalDate.of(2026, 11, 30);
    /** Topics every FIPP version has: the fallback when a version lacks the topic a scenario wants. */
    private static final List<String> COMMON_TOPICS = List.of("civil-enforcement", "status-inquiry",
            "prolonged-stop", "detainer-hold", "information-sharing");

    final DemoDice dice;
    final DemoNames names;
    final DemoReferenceData ref;
    private final PolicyChoice policy;

    DemoContext(DemoDice dice, DemoReferenceData ref, PolicyChoice policy) {
        this.dice = dice;
        this.names = new DemoNames(dice);
        this.ref = ref;
        this.policy = policy;
    }

    /** The day the next incident is drawn around (set by the generator: cases come in date order). */
    private LocalDate around = FIRST_DAY;

    void around(LocalDate day) {
        this.around = day;
    }

    /**
     * An incident of this agency on the current day (or, when no version was in force then, a day or two
     * off), with the version in force. A remembered (approximate) date with no single version in force
     * becomes an exact day.
     */
    Optional<DemoIncident> incident(Agency agency) {
        for (int attempt = 0; attempt < 12; attempt++) {
            LocalDate day = around.plusDays(attempt == 0 ? 0 : dice.between(-3 * attempt, 3 * attempt));
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                continue;
            }
            ApproximateDate date = dice.remembered(day);
            Optional<PolicyVersion> version = policy.binding(agency.id(), date);
            if (version.isEmpty() && date.isApproximate()) {
                date = ApproximateDate.day(day);
                version = policy.binding(agency.id(), date);
            }
            if (version.isPresent()) {
                return Optional.of(new DemoIncident(agency, day, date, version.get()));
            }
        }
        return Optional.empty();
    }

    /** The provision of the incident's version on the first of these topics it has (else a topic all versions have). */
    Provision provision(DemoIncident incident, String... topics) {
        long versionId = incident.version().id();
        for (String t : topics) {
            Optional<Provision> p = ref.provision(versionId, t);
            if (p.isPresent()) {
                return p.get();
            }
        }
        for (String t : COMMON_TOPICS) {
            Optional<Provision> p = ref.provision(versionId, t);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw new IllegalStateException("policy version " + incident.version().key() + " has no provisions");
    }

    /** One of the agency's officers (most violations name one), or null. */
    Officer officer(Agency agency) {
        List<Officer> pool = ref.officersOf(agency.id());
        return pool.isEmpty() || dice.chance(0.12) ? null : dice.pick(pool);
    }

    /** A few days or weeks after the incident, but never after the horizon. */
    static LocalDate capped(LocalDate day) {
        return day.isAfter(HORIZON) ? HORIZON : day;
    }
}
