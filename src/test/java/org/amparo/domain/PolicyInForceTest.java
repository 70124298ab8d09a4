package org.amparo.domain;

import static org.amparo.domain.PolicyInForceReason.ADOPTION_DATE_UNCERTAIN;
import static org.amparo.domain.PolicyInForceReason.ADOPTION_DATE_UNKNOWN;
import static org.amparo.domain.PolicyInForceReason.DATE_STRADDLES_BOUNDARY;
import static org.amparo.domain.PolicyInForceReason.NONE_IN_FORCE;
import static org.amparo.domain.PolicyInForceReason.OVERLAPPING_POLICIES;
import static org.amparo.domain.ShippedPolicies.BURLINGTON;
import static org.amparo.domain.ShippedPolicies.ENHANCED;
import static org.amparo.domain.ShippedPolicies.FRANKLIN_SHERIFF;
import static org.amparo.domain.ShippedPolicies.MODEL_2016;
import static org.amparo.domain.ShippedPolicies.MODEL_2018;
import static org.amparo.domain.ShippedPolicies.MODEL_2024;
import static org.amparo.domain.ShippedPolicies.WINOOSKI;
import static org.amparo.domain.ShippedPolicies.enhanced;
import static org.amparo.domain.ShippedPolicies.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyInForceTest {
    private final PolicyInForce rule = new PolicyInForce(ShippedPolicies.ALL);

    private PolicyInForceResult statewideOnly(ApproximateDate incident) {
        return rule.forAgency(List.of(), incident);
    }

    private static void assertPlain(PolicyVersion expected, PolicyInForceResult r) {
        assertEquals(List.of(expected), r.candidates());
        assertFalse(r.ambiguous());
        assertEquals(Set.of(), r.reasons());
        assertEquals(expected, r.binding().orElseThrow());
    }

    @Nested
    class StatewideBoundaries {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "2016-06-30, ",
            "2016-07-01, VT-MODEL-2016",
            "2018-02-28, VT-MODEL-2016",
            "2018-03-01, VT-MODEL-2018",
            "2024-04-22, VT-MODEL-2018",
            "2024-04-23, VT-MODEL-2024",
            "2030-01-01, VT-MODEL-2024"})
        void exactDayOnEachSideOfEachBoundary(LocalDate day, String expectedKey) {
            PolicyInForceResult r = statewideOnly(ApproximateDate.day(day));
            if (expectedKey == null) {
                assertTrue(r.noneInForce());
                assertEquals(Set.of(NONE_IN_FORCE), r.reasons());
                assertFalse(r.ambiguous());
                assertTrue(r.binding().isEmpty());
            } else {
                assertEquals(1, r.candidates().size());
                assertEquals(expectedKey, r.candidates().get(0).key());
                assertFalse(r.ambiguous());
                assertEquals(Set.of(), r.reasons());
            }
        }

        @Test
        void incidentLongBeforeTheFirstModelHasNoPolicy() {
            PolicyInForceResult r = statewideOnly(ApproximateDate.year(2014));
            assertTrue(r.noneInForce());
            assertEquals(Set.of(NONE_IN_FORCE), r.reasons());
        }

        @Test
        void yearStraddlingTheFirstModelIsFlaggedAsPossiblyNone() {
            PolicyInForceResult r = statewideOnly(ApproximateDate.year(2016));
            assertEquals(List.of(MODEL_2016), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(NONE_IN_FORCE, DATE_STRADDLES_BOUNDARY), r.reasons());
            assertTrue(r.binding().isEmpty());
        }

        @Test
        void year2018StraddlesTheMarchRevisionAndReturnsBothModels() {
            PolicyInForceResult r = statewideOnly(ApproximateDate.year(2018));
            assertEquals(List.of(MODEL_2016, MODEL_2018), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(DATE_STRADDLES_BOUNDARY), r.reasons());
        }

        @Test
        void winterEndingInFebruary2018DoesNotReachTheRevision() {
            assertPlain(MODEL_2016, statewideOnly(ApproximateDate.season(Season.WINTER, 2017)));
        }

        @Test
        void spring2018StartsOnTheRevisionDaySoItIsPlain() {
            assertPlain(MODEL_2018, statewideOnly(ApproximateDate.season(Season.SPRING, 2018)));
        }

        @Test
        void spring2024StraddlesApril23() {
            PolicyInForceResult r = statewideOnly(ApproximateDate.season(Season.SPRING, 2024));
            assertEquals(List.of(MODEL_2018, MODEL_2024), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(DATE_STRADDLES_BOUNDARY), r.reasons());
        }

        @Test
        void monthsOnEachSideOfApril2024() {
            assertPlain(MODEL_2018, statewideOnly(ApproximateDate.month(YearMonth.of(2024, 3))));
            assertEquals(List.of(MODEL_2018, MODEL_2024),
                    statewideOnly(ApproximateDate.month(YearMonth.of(2024, 4))).candidates());
            assertPlain(MODEL_2024, statewideOnly(ApproximateDate.month(YearMonth.of(2024, 5))));
        }

        @Test
        void approximateDateInsideOneModelIsPlain() {
            assertPlain(MODEL_2018, statewideOnly(ApproximateDate.season(Season.SPRING, 2019)));
        }
    }

    @Nested
    class ExactLocalAdoption {
        // Winooski adopted the enhanced policy in 2018; an exact day is used here to test both sides.
        private final List<AgencyAdoption> winooski = List.of(enhanced(WINOOSKI, on(2018, 6, 15), null));

        @Test
        void dayBeforeAdoptionIsTheModel() {
            assertPlain(MODEL_2018, rule.forAgency(winooski, on(2018, 6, 14)));
        }

        @Test
        void adoptionDayIsTheLocalPolicyReplacingTheModel() {
            PolicyInForceResult r = rule.forAgency(winooski, on(2018, 6, 15));
            assertPlain(ENHANCED, r);
            assertEquals(List.of(MODEL_2018), r.replacedStatewide());
        }

        @Test
        void localPolicyStillBindsAfterThe2024Model() {
            PolicyInForceResult r = rule.forAgency(winooski, on(2025, 1, 10));
            assertPlain(ENHANCED, r);
            assertEquals(List.of(MODEL_2024), r.replacedStatewide());
        }

        @Test
        void monthContainingTheAdoptionDayReturnsBothFlagged() {
            PolicyInForceResult r = rule.forAgency(winooski, ApproximateDate.month(YearMonth.of(2018, 6)));
            assertEquals(List.of(MODEL_2018, ENHANCED), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(DATE_STRADDLES_BOUNDARY), r.reasons());
            assertEquals(List.of(), r.replacedStatewide(), "the model is a candidate, not replaced");
        }

        @Test
        void otherAgenciesAdoptionsAreIgnoredWhenFilteringById() {
            List<AgencyAdoption> all = List.of(enhanced(WINOOSKI, on(2018, 6, 15), null));
            assertPlain(MODEL_2018, rule.forAgency(FRANKLIN_SHERIFF, all, on(2019, 5, 1)));
            assertPlain(ENHANCED, rule.forAgency(WINOOSKI, all, on(2019, 5, 1)));
        }
    }

    @Nested
    class YearPrecisionAdoption {
        // adoptions.csv: Winooski, VT-ENHANCED, adopted_from "2018"
        private final List<AgencyAdoption> winooski = List.of(enhanced(WINOOSKI, ApproximateDate.year(2018), null));

        @Test
        void dayBeforeTheYearIsTheModel() {
            assertPlain(MODEL_2016, rule.forAgency(winooski, on(2017, 12, 31)));
        }

        @Test
        void firstDayOfTheYearIsUncertain() {
            PolicyInForceResult r = rule.forAgency(winooski, on(2018, 1, 1));
            assertEquals(List.of(MODEL_2016, ENHANCED), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(ADOPTION_DATE_UNCERTAIN), r.reasons());
        }

        @Test
        void revisionDayInsideTheUncertainYearOffersTheNewModelAndTheLocalPolicy() {
            PolicyInForceResult r = rule.forAgency(winooski, on(2018, 3, 1));
            assertEquals(List.of(MODEL_2018, ENHANCED), r.candidates());
            assertEquals(Set.of(ADOPTION_DATE_UNCERTAIN), r.reasons());
        }

        @Test
        void dayBeforeTheLastPossibleDayIsStillUncertain() {
            PolicyInForceResult r = rule.forAgency(winooski, on(2018, 12, 30));
            assertEquals(List.of(MODEL_2018, ENHANCED), r.candidates());
            assertTrue(r.ambiguous());
        }

        @Test
        void lastPossibleDayIsCertain() {
            assertPlain(ENHANCED, rule.forAgency(winooski, on(2018, 12, 31)));
            assertPlain(ENHANCED, rule.forAgency(winooski, on(2019, 1, 1)));
        }

        @Test
        void approximateIncidentInsideTheAdoptionYearIsUncertainNotStraddling() {
            PolicyInForceResult r = rule.forAgency(winooski, ApproximateDate.season(Season.SPRING, 2018));
            assertEquals(List.of(MODEL_2018, ENHANCED), r.candidates());
            assertEquals(Set.of(ADOPTION_DATE_UNCERTAIN), r.reasons());
        }

        @Test
        void incidentYear2018CollectsEverything() {
            PolicyInForceResult r = rule.forAgency(winooski, ApproximateDate.year(2018));
            assertEquals(List.of(MODEL_2016, ENHANCED, MODEL_2018), r.candidates());
            assertEquals(Set.of(ADOPTION_DATE_UNCERTAIN, DATE_STRADDLES_BOUNDARY), r.reasons());
        }
    }

    @Nested
    class UnknownAdoptionDate {
        // adoptions.csv: Burlington, VT-ENHANCED, no adoption date yet
        private final List<AgencyAdoption> burlington = List.of(enhanced(BURLINGTON, null, null));

        @Test
        void bothTheModelAndTheLocalPolicyAreCandidates() {
            PolicyInForceResult r = rule.forAgency(burlington, on(2020, 5, 5));
            assertEquals(List.of(MODEL_2018, ENHANCED), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(ADOPTION_DATE_UNKNOWN), r.reasons());
        }

        @Test
        void beforeAnyModelTheLocalPolicyIsOnlyPossible() {
            PolicyInForceResult r = rule.forAgency(burlington, on(2015, 5, 5));
            assertEquals(List.of(ENHANCED), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(ADOPTION_DATE_UNKNOWN, NONE_IN_FORCE), r.reasons());
            assertTrue(r.binding().isEmpty());
        }

        @Test
        void unknownStartWithKnownEndStopsAfterTheEnd() {
            List<AgencyAdoption> ended = List.of(enhanced(BURLINGTON, null, LocalDate.of(2020, 6, 30)));
            assertEquals(Set.of(ADOPTION_DATE_UNKNOWN), rule.forAgency(ended, on(2020, 6, 30)).reasons());
            assertPlain(MODEL_2018, rule.forAgency(ended, on(2020, 7, 1)));
        }
    }

    @Nested
    class AdoptionWithEnd {
        private final List<AgencyAdoption> rescinded =
                List.of(enhanced(WINOOSKI, on(2018, 6, 15), LocalDate.of(2021, 12, 31)));

        @Test
        void lastDayIsStillLocal() {
            assertPlain(ENHANCED, rule.forAgency(rescinded, on(2021, 12, 31)));
        }

        @Test
        void dayAfterTheEndIsBackToTheModel() {
            assertPlain(MODEL_2018, rule.forAgency(rescinded, on(2022, 1, 1)));
        }

        @Test
        void winterAcrossTheEndReturnsBoth() {
            PolicyInForceResult r = rule.forAgency(rescinded, ApproximateDate.season(Season.WINTER, 2021));
            assertEquals(List.of(ENHANCED, MODEL_2018), r.candidates());
            assertEquals(Set.of(DATE_STRADDLES_BOUNDARY), r.reasons());
        }
    }

    @Nested
    class DataProblems {
        @Test
        void adoptionsOfSeveralAgenciesAreRefused() {
            List<AgencyAdoption> mixed = List.of(enhanced(WINOOSKI, on(2018, 6, 15), null),
                    enhanced(BURLINGTON, null, null));
            assertThrows(IllegalArgumentException.class, () -> rule.forAgency(mixed, on(2019, 1, 1)));
        }

        @Test
        void adoptionOfAnUnknownVersionIsRefused() {
            List<AgencyAdoption> bad = List.of(new AgencyAdoption(WINOOSKI, 99, on(2018, 1, 1), null,
                    Certainty.CONFIRMED));
            assertThrows(IllegalArgumentException.class, () -> rule.forAgency(bad, on(2019, 1, 1)));
        }

        @Test
        void adoptingAStatewideModelDoesNotKeepItAliveAfterItEnds() {
            List<AgencyAdoption> own2016 = List.of(new AgencyAdoption(WINOOSKI, MODEL_2016.id(), on(2016, 7, 1),
                    null, Certainty.CONFIRMED));
            assertPlain(MODEL_2018, rule.forAgency(own2016, on(2019, 1, 1)));
        }

        @Test
        void overlappingStatewideDatesAreFlagged() {
            PolicyVersion overlapping = new PolicyVersion(9, "X", "overlap", PolicyScope.STATEWIDE,
                    LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
            PolicyInForce withOverlap = new PolicyInForce(List.of(MODEL_2016, MODEL_2018, overlapping));
            PolicyInForceResult r = withOverlap.forAgency(List.of(), on(2019, 6, 1));
            assertEquals(List.of(MODEL_2018, overlapping), r.candidates());
            assertTrue(r.ambiguous());
            assertEquals(Set.of(OVERLAPPING_POLICIES), r.reasons());
        }

        @Test
        void missingIncidentDateIsAProgrammingError() {
            assertThrows(NullPointerException.class, () -> rule.forAgency(List.of(), null));
        }
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderTheVersionsAreGivenIn() {
        // two statewide models starting the same day (an overlap entered by hand) and the shipped ones
        PolicyVersion sameDay = new PolicyVersion(99, "VT-MODEL-2018-DRAFT", "Draft", PolicyScope.STATEWIDE,
                MODEL_2018.effectiveFrom(), MODEL_2018.effectiveTo());
        List<PolicyVersion> versions = new ArrayList<>(ShippedPolicies.ALL);
        versions.add(sameDay);
        List<PolicyVersion> reversed = new ArrayList<>(versions);
        Collections.reverse(reversed);
        for (ApproximateDate incident : List.of(ApproximateDate.year(2018), ApproximateDate.day(LocalDate.of(2019, 5, 1)),
                ApproximateDate.year(2024))) {
            PolicyInForceResult a = new PolicyInForce(versions).forAgency(List.of(), incident);
            PolicyInForceResult b = new PolicyInForce(reversed).forAgency(List.of(), incident);
            assertEquals(a.candidates(), b.candidates(), incident.toString());
        }
        assertEquals(List.of(MODEL_2018, sameDay),
                new PolicyInForce(reversed).forAgency(List.of(), ApproximateDate.day(LocalDate.of(2019, 5, 1)))
                        .candidates());
    }
}
