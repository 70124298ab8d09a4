package org.amparo.service.timeline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amparo.domain.Agency;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
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

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().filter(r -> id.apply(r) != null)
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
