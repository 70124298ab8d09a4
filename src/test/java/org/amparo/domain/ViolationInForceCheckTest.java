package org.amparo.domain;

import static org.amparo.domain.ShippedPolicies.ENHANCED;
import static org.amparo.domain.ShippedPolicies.MODEL_2016;
import static org.amparo.domain.ShippedPolicies.MODEL_2018;
import static org.amparo.domain.ShippedPolicies.MODEL_2024;
import static org.amparo.domain.ShippedPolicies.WINOOSKI;
import static org.amparo.domain.ShippedPolicies.enhanced;
import static org.amparo.domain.ShippedPolicies.on;
import static org.amparo.domain.ViolationInForceStatus.IN_FORCE;
import static org.amparo.domain.ViolationInForceStatus.NOT_IN_FORCE;
import static org.amparo.domain.ViolationInForceStatus.POSSIBLY_IN_FORCE;
import static org.amparo.domain.ViolationInForceStatus.REPLACED_BY_LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationInForceCheckTest {
    private final PolicyInForce rule = new PolicyInForce(ShippedPolicies.ALL);

    @Test
    void provisionOfTheModelInForceThatDayIsInForce() {
        PolicyInForceResult r = rule.forAgency(List.of(), on(2019, 8, 2));
        assertEquals(IN_FORCE, ViolationInForceCheck.check(MODEL_2018.id(), r));
    }

    @Test
    void provisionOfALaterModelIsNotInForce() {
        // a 2024 passenger-ID provision named for a 2019 stop
        PolicyInForceResult r = rule.forAgency(List.of(), on(2019, 8, 2));
        assertEquals(NOT_IN_FORCE, ViolationInForceCheck.check(MODEL_2024.id(), r));
        assertEquals(NOT_IN_FORCE, ViolationInForceCheck.check(MODEL_2016.id(), r));
    }

    @Test
    void localPolicyNotAdoptedByThatAgencyIsNotInForce() {
        PolicyInForceResult r = rule.forAgency(List.of(), on(2019, 8, 2));
        assertEquals(NOT_IN_FORCE, ViolationInForceCheck.check(ENHANCED.id(), r));
    }

    @Test
    void eitherCandidateOfAStraddlingDateIsPossiblyInForce() {
        PolicyInForceResult r = rule.forAgency(List.of(), ApproximateDate.year(2018));
        assertEquals(POSSIBLY_IN_FORCE, ViolationInForceCheck.check(MODEL_2016.id(), r));
        assertEquals(POSSIBLY_IN_FORCE, ViolationInForceCheck.check(MODEL_2018.id(), r));
        assertEquals(NOT_IN_FORCE, ViolationInForceCheck.check(MODEL_2024.id(), r));
    }

    @Test
    void modelProvisionForAnAgencyWithItsOwnPolicyIsFlaggedAsReplaced() {
        PolicyInForceResult r = rule.forAgency(List.of(enhanced(WINOOSKI, on(2018, 6, 15), null)), on(2019, 1, 1));
        assertEquals(IN_FORCE, ViolationInForceCheck.check(ENHANCED.id(), r));
        assertEquals(REPLACED_BY_LOCAL, ViolationInForceCheck.check(MODEL_2018.id(), r));
        assertEquals(NOT_IN_FORCE, ViolationInForceCheck.check(MODEL_2016.id(), r));
    }

    @Test
    void nothingIsInForceBeforeTheFirstModel() {
        PolicyInForceResult r = rule.forAgency(List.of(), on(2016, 6, 30));
        assertEquals(NOT_IN_FORCE, ViolationInForceCheck.check(MODEL_2016.id(), r));
    }

    @Test
    void onlyInForceIsUnflagged() {
        assertFalse(IN_FORCE.isFlagged());
        assertTrue(POSSIBLY_IN_FORCE.isFlagged());
        assertTrue(REPLACED_BY_LOCAL.isFlagged());
        assertTrue(NOT_IN_FORCE.isFlagged());
    }
}
