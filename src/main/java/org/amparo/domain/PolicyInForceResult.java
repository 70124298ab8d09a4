package org.amparo.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policy version(s) that may have bound one agency on an incident date.
 *
 * @param candidates        every version that bound the agency on at least one possible incident day, in date order
 *                          (statewide before local on the same day); empty when none did
 * @param ambiguous         true when the answer is not one version for every possible day: the user must check
 * @param reasons           why the answer is empty, ambiguous or needs attention; empty for a plain answer
 * @param replacedStatewide statewide models in force on a possible incident day that the agency's adopted local
 *                          policy replaced (the model still sets the floor where the local policy is silent)
 */
public record PolicyInForceResult(List<PolicyVersion> candidates, boolean ambiguous, Set<PolicyInForceReason> reasons,
                                  List<PolicyVersion> replacedStatewide) {

    public PolicyInForceResult {
        candidates = List.copyOf(candidates);
        reasons = reasons.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        replacedStatewide = List.copyOf(replacedStatewide);
    }

    /** The one binding version when the answer is plain (one candidate, not ambiguous). */
    public Optional<PolicyVersion> binding() {
        return !ambiguous && candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    public boolean isCandidate(long policyVersionId) {
        return candidates.stream().anyMatch(v -> v.id() == policyVersionId);
    }

    public boolean isReplacedStatewide(long policyVersionId) {
        return replacedStatewide.stream().anyMatch(v -> v.id() == policyVersionId);
    }

    /** True when no policy bound the agency on any possible incident day. */
    public boolean noneInForce() {
        return candidates.isEmpty();
    }
}
