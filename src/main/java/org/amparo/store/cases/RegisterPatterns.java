package org.amparo.store.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register's pattern counts, gathered in one pass over the matching violations: by year and topic, by topic
 * and agency, by agency and year, and the officers named in at least two cases; plus the number of violations.
 */
public record RegisterPatterns(List<PatternCount> byYearAndTopic, List<PatternCount> byTopicAndAgency,
                               List<PatternCount> byAgencyAndYear, List<PatternCount> officersInTwoOrMoreCases,
                               long violations) {

    /**
     * Adds violations one at a time, a case's violations one after another (as the register lists them, which is
     * what lets each group count its distinct cases without keeping their ids); then {@link #result()}.
     */
    public static final class Tally {
        private record Key(String topic, Long agencyId, Long officerId, Integer year) {
        }

        /** A group's violations, its distinct cases, and the last case counted. */
        private static final class Group {
            long violations;
            long cases;
            long lastCase = Long.MIN_VALUE;

            void add(long caseId) {
                violations++;
                if (caseId != lastCase) {
                    cases++;
                    lastCase = caseId;
                }
            }
        }

        private final Map<Key, Group> yearTopic = new HashMap<>();
        private final Map<Key, Group> topicAgency = new HashMap<>();
        private final Map<Key, Group> agencyYear = new HashMap<>();
        private final Map<Long, Group> officers = new HashMap<>();
        private final Set<Long> casesSeen = new HashSet<>();
        private long currentCase = Long.MIN_VALUE;
        private long violations;

        /** @throws IllegalStateException when a case's violations come apart (its distinct count would be wrong) */
        public void add(long caseId, String topic, long agencyId, Long officerId, Integer year) {
            if (caseId != currentCase) {
                if (!casesSeen.add(caseId)) {
                    throw new IllegalStateException("violations must come case by case");
                }
                currentCase = caseId;
            }
            violations++;
            yearTopic.computeIfAbsent(new Key(topic, null, null, year), k -> new Group()).add(caseId);
            topicAgency.computeIfAbsent(new Key(topic, agencyId, null, null), k -> new Group()).add(caseId);
            agencyYear.computeIfAbsent(new Key(null, agencyId, null, year), k -> new Group()).add(caseId);
            if (officerId != null) {
                officers.computeIfAbsent(officerId, k -> new Group()).add(caseId);
            }
        }

        public RegisterPatterns result() {
            List<PatternCount> years = new ArrayList<>();
            yearTopic.forEach((k, g) -> years.add(new PatternCount(k.topic(), null, null, k.year(), g.violations, 0)));
            List<PatternCount> topics = new ArrayList<>();
            topicAgency.forEach((k, g) -> topics.add(new PatternCount(k.topic(), k.agencyId(), null, null,
                    g.violations, g.cases)));
            List<PatternCount> agencies = new ArrayList<>();
            agencyYear.forEach((k, g) -> agencies.add(new PatternCount(null, k.agencyId(), null, k.year(),
                    g.violations, 0)));
            List<PatternCount> named = new ArrayList<>();
            officers.forEach((id, g) -> {
                if (g.cases >= 2) {
                    named.add(new PatternCount(null, null, id, null, g.violations, g.cases));
                }
            });
            Comparator<Integer> year = Comparator.nullsLast(Comparator.naturalOrder());
            years.sort(Comparator.comparing(PatternCount::year, year).thenComparing(PatternCount::topic));
            topics.sort(Comparator.comparing(PatternCount::topic).thenComparing(PatternCount::agencyId));
            agencies.sort(Comparator.comparing(PatternCount::agencyId).thenComparing(PatternCount::year, year));
            named.sort(Comparator.comparing(PatternCount::officerId));
            return new RegisterPatterns(List.copyOf(years), List.copyOf(topics), List.copyOf(agencies),
                    List.copyOf(named), violations);
        }

        public static Integer year(java.time.LocalDate earliest) {
            return earliest == null ? null : earliest.getYear();
        }
    }
}
