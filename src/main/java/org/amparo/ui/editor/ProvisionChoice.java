package org.amparo.ui.editor;

import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.ViolationInForceStatus;

/**
 * One provision the violation picker offers, with whether it bound the agency on the incident date.
 * {@code status} is null when there is no incident date or agency to check against yet.
 */
public record ProvisionChoice(Provision provision, PolicyVersion version, ViolationInForceStatus status) {

    /** True when the provision is listed among the ones in force (certainly or possibly). */
    public boolean inForce() {
        return status == ViolationInForceStatus.IN_FORCE || status == ViolationInForceStatus.POSSIBLY_IN_FORCE;
    }

    /** True when the user should be warned about choosing it. */
    public boolean flagged() {
        return status != null && status.isFlagged();
    }
}
