package org.amparo.store.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Violation;

/**
 * The case list's denormalised columns, computed from a case when it is saved (by the repository or the
 * bulk writer): people, first agency, main violation topic, and the folded search text. Keeping them on
 * the case row lets the list filter, sort and page in SQL without joins.
 */
public record CaseListColumns(String people, String agency, String topic, String searchText) {
    static final int PEOPLE_MAX = 2000;
    static final int SEARCH_MAX = 400_000;

    /** Names of reference rows by id, as the writer knows them. */
    public interface Names {
        String agency(long agencyId);

        String officer(Long officerId);

        String topic(long provisionId);
    }

    public static CaseListColumns of(CaseRecord c, Names names) {
        List<CaseParty> parties = new ArrayList<>(c.parties());
        parties.sort(Comparator.comparing(p -> p.role() == PartyRole.AFFECTED ? 0 : 1));
        StringBuilder people = new StringBuilder();
        StringBuilder search = new StringBuilder();
        append(search, c.title());
        for (CaseParty p : parties) {
            if (people.length() > 0) {
                people.append(", ");
            }
            people.append(p.person().name());
            append(search, p.person().name());
            append(search, p.person().otherNames());
        }
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (Violation v : c.violations()) {
            topics.merge(names.topic(v.provisionId()), 1, Integer::sum);
            append(search, names.officer(v.officerId()));
        }
        c.events().forEach(e -> append(search, names.officer(e.officerId())));
        append(search, c.narrative());
        String agency = c.violations().isEmpty() ? null : names.agency(c.violations().get(0).agencyId());
        String topic = topics.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new CaseListColumns(cut(people.toString(), PEOPLE_MAX), agency, topic,
                cut(SearchText.fold(search.toString()), SEARCH_MAX));
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s).append(' ');
        }
    }

    private static String cut(String s, int max) {
        return s.isEmpty() ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
