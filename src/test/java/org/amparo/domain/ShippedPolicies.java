package org.amparo.domain;

import java.time.LocalDate;
import java.util.List;

/** The policy versions of shared/reference/policies.csv, built directly for the rule tests. */
final class ShippedPolicies {
    static final PolicyVersion MODEL_2016 = new PolicyVersion(1, "VT-MODEL-2016",
            "Vermont model Fair and Impartial Policing Policy (2016)", PolicyScope.STATEWIDE,
            LocalDate.of(2016, 7, 1), LocalDate.of(2018, 2, 28));
    static final PolicyVersion MODEL_2018 = new PolicyVersion(2, "VT-MODEL-2018",
            "Vermont model Fair and Impartial Policing Policy (December 2017 revision)", PolicyScope.STATEWIDE,
            LocalDate.of(2018, 3, 1), LocalDate.of(2024, 4, 22));
    static final PolicyVersion MODEL_2024 = new PolicyVersion(3, "VT-MODEL-2024",
            "Vermont model Fair and Impartial Policing Policy (2024)", PolicyScope.STATEWIDE,
            LocalDate.of(2024, 4, 23), null);
    static final PolicyVersion ENHANCED = new PolicyVersion(4, "VT-ENHANCED",
            "Enhanced No Mas Polimigra FIPP (local adoptions)", PolicyScope.LOCAL, null, null);

    static final List<PolicyVersion> ALL = List.of(MODEL_2016, MODEL_2018, MODEL_2024, ENHANCED);

    static final long WINOOSKI = 31;
    static final long BURLINGTON = 29;
    static final long FRANKLIN_SHERIFF = 5;

    private ShippedPolicies() {
    }

    static AgencyAdoption enhanced(long agencyId, ApproximateDate from, LocalDate to) {
        return new AgencyAdoption(agencyId, ENHANCED.id(), from, to, Certainty.REPORTED);
    }

    static ApproximateDate on(int y, int m, int d) {
        return ApproximateDate.day(LocalDate.of(y, m, d));
    }
}
