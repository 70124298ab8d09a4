package org.amparo.service.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.reference.ReferenceRepository;

/** The reference rows a timeline names, by id: agencies, officers, provisions, policy versions and venues. */
public record TimelineReferences(Map<Long, Agency> agencies, Map<Long, Officer> officers,
                                 Map<Long, Provision> provisions, Map<Long, PolicyVersion> policies,
                                 Map<Long, ComplaintVenue> venues) {

    public TimelineReferences {
        agencies = Map.copyOf(agencies);
        officers = Map.copyOf(officers);
        provisions = Map.copyOf(provisions);
        policies = Map.copyOf(policies);
        venues = Map.copyOf(venues);
    }

    public static TimelineReferences load(ReferenceRepository ref) {
        return of(ref.agencies(), ref.officers(), ref.provisions(), ref.policyVersions(), ref.venues());
    }

    public static TimelineReferences of(List<Agency> agencies, List<Officer> officers, List<Provision> provisions,
                                        List<PolicyVersion> policies, List<ComplaintVenue> venues) {
        return new TimelineReferences(byId(agencies, Agency::id), byId(officers, Officer::id),
                byId(provisions, Provision::id), byId(policies, PolicyVersion::id), byId(venues, ComplaintVenue::id));
    }

    public String agencyName(Long id) {
        Agency a = id == null ? null : agencies.get(id);
        return a == null ? null : a.name();
    }

    public Officer officer(Long id) {
        return id == null ? null : officers.get(id);
    }

    /** The names of the agencies a case names, each once, in order of first mention (violations, then events). */
    public List<String> agenciesNamedIn(CaseRecord c) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(c.violations().stream().map(Violation::agencyId), c.events().stream().map(TimelineEvent::agencyId))
                .map(this::agencyName).filter(Objects::nonNull).forEach(names::add);
        return List.copyOf(names);
    }

    /** The officers a case names, each once, in order of first mention (violations, then events). */
    public List<Officer> officersNamedIn(CaseRecord c) {
        Set<Long> ids = new LinkedHashSet<>();
        Stream.concat(c.violations().stream().map(Violation::officerId), c.events().stream().map(TimelineEvent::officerId))
                .filter(Objects::nonNull).forEach(ids::add);
        return ids.stream().map(this::officer).filter(Objects::nonNull).toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().filter(r -> id.apply(r) != null)
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
