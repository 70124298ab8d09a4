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

    /** Adds violations one at a time; then {@link #result()}. */
    public static final class Tally {
        private record Key(String topic, Long agencyId, Long officerId, Integer year) {
        }

        private final Map<Key, long[]> yearTopic = new HashMap<>();
        private final Map<Key, Set<Long>> topicAgency = new HashMap<>();
        private final Map<Key, long[]> topicAgencyCount = new HashMap<>();
        private final Map<Key, long[]> agencyYear = new HashMap<>();
        private final Map<Long, Set<Long>> officerCases = new HashMap<>();
        private final Map<Long, long[]> officerCount = new HashMap<>();
        private long violations;

        public void add(long caseId, String topic, long agencyId, Long officerId, Integer year) {
            violations++;
            yearTopic.computeIfAbsent(new Key(topic, null, null, year), k -> new long[1])[0]++;
            Key ta = new Key(topic, agencyId, null, null);
            topicAgency.computeIfAbsent(ta, k -> new HashSet<>()).add(caseId);
            topicAgencyCount.computeIfAbsent(ta, k -> new long[1])[0]++;
            agencyYear.computeIfAbsent(new Key(null, agencyId, null, year), k -> new long[1])[0]++;
            if (officerId != null) {
                officerCases.computeIfAbsent(officerId, k -> new HashSet<>()).add(caseId);
                officerCount.computeIfAbsent(officerId, k -> new long[1])[0]++;
            }
        }

        public RegisterPatterns result() {
            List<PatternCount> years = new ArrayList<>();
            yearTopic.forEach((k, n) -> years.add(new PatternCount(k.topic(), null, null, k.year(), n[0], 0)));
            List<PatternCount> topics = new ArrayList<>();
            topicAgency.forEach((k, cases) -> topics.add(new PatternCount(k.topic(), k.agencyId(), null, null,
                    topicAgencyCount.get(k)[0], cases.size())));
            List<PatternCount> agencies = new ArrayList<>();
            agencyYear.forEach((k, n) -> agencies.add(new PatternCount(null, k.agencyId(), null, k.year(), n[0], 0)));
            List<PatternCount> officers = new ArrayList<>();
            officerCases.forEach((id, cases) -> {
                if (cases.size() >= 2) {
                    officers.add(new PatternCount(null, null, id, null, officerCount.get(id)[0], cases.size()));
                }
            });
            Comparator<Integer> year = Comparator.nullsLast(Comparator.naturalOrder());
            years.sort(Comparator.comparing(PatternCount::year, year).thenComparing(PatternCount::topic));
            topics.sort(Comparator.comparing(PatternCount::topic).thenComparing(PatternCount::agencyId));
            agencies.sort(Comparator.comparing(PatternCount::agencyId).thenComparing(PatternCount::year, year));
            officers.sort(Comparator.comparing(PatternCount::officerId));
            return new RegisterPatterns(List.copyOf(years), List.copyOf(topics), List.copyOf(agencies),
                    List.copyOf(officers), violations);
        }

        public static Integer year(java.time.LocalDate earliest) {
            return earliest == null ? null : earliest.getYear();
        }
    }
}
