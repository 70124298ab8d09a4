package org.amparo.service.demo;

import java.util.List;
import java.util.Optional;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.PolicyVersion;

/**
 * Which FIPP version bound an agency on an incident date, as the demo generator needs it: the one version in
 * force on every possible day of the date, or empty when there is no single answer (the generator then makes the
 * date exact, or picks another day). The generator's violations cite provisions of the version given here.
 *
 * <p>{@link #statewide} decides by the statewide models' own dates only. A rule that also knows local
 * adoptions plugs in as {@code (agencyId, incident) -> rule.forAgency(agencyId, adoptions, incident).binding()}.
 */
@FunctionalInterface
public interface PolicyChoice {
    Optional<PolicyVersion> binding(long agencyId, ApproximateDate incident);

    /** By the statewide models' effective dates ({@link PolicyVersion#inForceOn}), ignoring local adoptions. */
    static PolicyChoice statewide(List<PolicyVersion> versions) {
        return new StatewidePolicyChoice(versions);
    }
}
