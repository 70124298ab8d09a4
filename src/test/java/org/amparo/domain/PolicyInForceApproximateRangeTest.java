package org.amparo.domain;

import static org.amparo.domain.ShippedPolicies.BURLINGTON;
import static org.amparo.domain.ShippedPolicies.WINOOSKI;
import static org.amparo.domain.ShippedPolicies.enhanced;
import static org.amparo.domain.ShippedPolicies.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that checking only the earliest day and the boundary days of an approximate incident date gives the same
 * answer as checking every single day of its range, for every month, season and year from 2015 to 2026.
 */
class PolicyInForceApproximateRangeTest {
    private final PolicyInForce rule = new PolicyInForce(ShippedPolicies.ALL);

    static Stream<Arguments> adoptionSetups() {
        return Stream.of(
                Arguments.of("statewide only", List.of()),
                Arguments.of("exact adoption", List.of(enhanced(WINOOSKI, on(2018, 6, 15), null))),
                Arguments.of("year adoption", List.of(enhanced(WINOOSKI, ApproximateDate.year(2018), null))),
                Arguments.of("season adoption ended", List.of(enhanced(WINOOSKI,
                        ApproximateDate.season(Season.WINTER, 2019), LocalDate.of(2023, 8, 14)))),
                Arguments.of("unknown adoption ended", List.of(enhanced(BURLINGTON, null,
                        LocalDate.of(2017, 3, 9)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adoptionSetups")
    void boundaryDaysGiveTheSameAnswerAsEveryDay(String name, List<AgencyAdoption> adoptions) {
        for (ApproximateDate incident : approximateDates()) {
            PolicyInForceResult fast = rule.forAgency(adoptions, incident);

            Set<PolicyVersion> union = new LinkedHashSet<>();
            Set<PolicyInForceReason> reasons = EnumSet.noneOf(PolicyInForceReason.class);
            Set<List<PolicyVersion>> answers = new LinkedHashSet<>();
            for (LocalDate d = incident.earliest(); !d.isAfter(incident.latest()); d = d.plusDays(1)) {
                PolicyInForceResult day = rule.forAgency(adoptions, ApproximateDate.day(d));
                union.addAll(day.candidates());
                reasons.addAll(day.reasons());
                answers.add(day.candidates());
            }
            if (answers.size() > 1) {
                reasons.add(PolicyInForceReason.DATE_STRADDLES_BOUNDARY);
            }
            String where = name + " / " + ApproximateDateText.iso(incident);
            assertEquals(new ArrayList<>(union), fast.candidates(), where);
            assertEquals(reasons, fast.reasons(), where);
        }
    }

    private static List<ApproximateDate> approximateDates() {
        List<ApproximateDate> out = new ArrayList<>();
        for (int year = 2015; year <= 2026; year++) {
            out.add(ApproximateDate.year(year));
            for (Season s : Season.values()) {
                out.add(ApproximateDate.season(s, year));
            }
            for (int m = 1; m <= 12; m++) {
                out.add(ApproximateDate.month(YearMonth.of(year, m)));
            }
        }
        return out;
    }
}
