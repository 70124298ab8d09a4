package org.amparo.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.PolicyInForce;
import org.amparo.domain.PolicyInForceResult;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.ViolationInForceCheck;
import org.amparo.domain.ViolationInForceStatus;

/**
 * The violation picker's list: the provisions in force for the agency on the incident date first (those of a
 * version that may or may not have applied, for approximate dates straddling a change, flagged), then the
 * statewide ones the agency's own policy replaced, then everything else marked "not in force then".
 */
public final class ProvisionChoices {
    private ProvisionChoices() {
    }

    public static List<ProvisionChoice> forViolation(ReferenceData ref, Long agencyId, ApproximateDate incident) {
        PolicyInForceResult answer = agencyId == null || incident == null ? null
                : new PolicyInForce(ref.versions()).forAgency(agencyId, ref.adoptions(), incident);
        List<ProvisionChoice> out = new ArrayList<>();
        for (Provision p : ref.provisions()) {
            PolicyVersion v = ref.version(p.policyVersionId()).orElse(null);
            if (v == null) {
                continue;
            }
            ViolationInForceStatus status = answer == null ? null : ViolationInForceCheck.check(v.id(), answer);
            out.add(new ProvisionChoice(p, v, status));
        }
        out.sort(Comparator.comparingInt(ProvisionChoices::rank)
                .thenComparing(c -> c.version().effectiveFrom(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> c.version().key())
                .thenComparing(c -> c.provision().sectionRef() == null ? "" : c.provision().sectionRef())
                .thenComparing(c -> c.provision().topic()));
        return out;
    }

    /** The in-force answer for the agency and date, for the reasons shown beside the picker (null: no check). */
    public static PolicyInForceResult answer(ReferenceData ref, Long agencyId, ApproximateDate incident) {
        return agencyId == null || incident == null ? null
                : new PolicyInForce(ref.versions()).forAgency(agencyId, ref.adoptions(), incident);
    }

    private static int rank(ProvisionChoice c) {
        if (c.status() == null) {
            return 0;
        }
        return switch (c.status()) {
            case IN_FORCE -> 0;
            case POSSIBLY_IN_FORCE -> 1;
            case REPLACED_BY_LOCAL -> 2;
            case NOT_IN_FORCE -> 3;
        };
    }
}
