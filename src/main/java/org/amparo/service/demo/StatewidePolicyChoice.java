package org.amparo.service.demo;

import java.util.List;
import java.util.Optional;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;

/** The statewide model in force on the first and the last possible day of the incident (so on every day between). */
final class StatewidePolicyChoice implements PolicyChoice {
    private final List<PolicyVersion> statewide;

    StatewidePolicyChoice(List<PolicyVersion> versions) {
        this.statewide = versions.stream().filter(v -> v.scope() == PolicyScope.STATEWIDE).toList();
    }

    @Override
    public Optional<PolicyVersion> binding(long agencyId, ApproximateDate incident) {
        List<PolicyVersion> inForce = statewide.stream()
                .filter(v -> v.inForceOn(incident.earliest()) && v.inForceOn(incident.latest())).toList();
        return inForce.size() == 1 ? Optional.of(inForce.get(0)) : Optional.empty();
    }
}
