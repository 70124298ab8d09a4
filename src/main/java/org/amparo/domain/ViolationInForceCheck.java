package org.amparo.domain;

import java.util.Objects;

/**
 * Checks a violation's provision against the policy that bound the agency on the incident date, so a provision
 * that was not in force is flagged to the user rather than silently accepted.
 */
public final class ViolationInForceCheck {
    private ViolationInForceCheck() {
    }

    /**
     * @param provisionPolicyVersionId the id of the policy version the violated provision belongs to
     * @param inForce                  what {@link PolicyInForce} answered for the violation's agency and the
     *                                 case's incident date
     */
    public static ViolationInForceStatus check(long provisionPolicyVersionId, PolicyInForceResult inForce) {
        Objects.requireNonNull(inForce, "inForce");
        if (inForce.isCandidate(provisionPolicyVersionId)) {
            return inForce.ambiguous() ? ViolationInForceStatus.POSSIBLY_IN_FORCE : ViolationInForceStatus.IN_FORCE;
        }
        if (inForce.isReplacedStatewide(provisionPolicyVersionId)) {
            return ViolationInForceStatus.REPLACED_BY_LOCAL;
        }
        return ViolationInForceStatus.NOT_IN_FORCE;
    }
}
