package org.amparo.store.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterPatternsTest {
    @Test
    void countsViolationsAndDistinctCasesPerGroup() {
        RegisterPatterns.Tally t = new RegisterPatterns.Tally();
        t.add(1, "status-inquiry", 10, 100L, 2017);
        t.add(1, "status-inquiry", 10, 100L, 2017);
        t.add(1, "detainer-hold", 10, null, 2017);
        t.add(2, "status-inquiry", 10, 100L, 2018);
        t.add(3, "status-inquiry", 11, 101L, 2018);
        RegisterPatterns p = t.result();
        assertEquals(5, p.violations());
        assertEquals(List.of(new PatternCount("detainer-hold", 10L, null, null, 1, 1),
                new PatternCount("status-inquiry", 10L, null, null, 3, 2),
                new PatternCount("status-inquiry", 11L, null, null, 1, 1)), p.byTopicAndAgency());
        assertEquals(List.of(new PatternCount(null, null, 100L, null, 3, 2)), p.officersInTwoOrMoreCases(),
                "officer 100 in cases 1 and 2; officer 101 in one case only");
        assertEquals(List.of(new PatternCount("detainer-hold", null, null, 2017, 1, 0),
                new PatternCount("status-inquiry", null, null, 2017, 2, 0),
                new PatternCount("status-inquiry", null, null, 2018, 2, 0)), p.byYearAndTopic());
    }

    @Test
    void refusesACaseWhoseViolationsComeApart() {
        RegisterPatterns.Tally t = new RegisterPatterns.Tally();
        t.add(1, "a", 10, null, 2017);
        t.add(2, "a", 10, null, 2017);
        assertThrows(IllegalStateException.class, () -> t.add(1, "a", 10, null, 2017));
    }
}
