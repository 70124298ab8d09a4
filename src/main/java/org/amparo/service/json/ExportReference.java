package org.amparo.service.json;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Filing;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.reference.ReferenceRepository;

/**
 * The reference rows an export writes (all of them, or those some cases use) in a stable order, and the
 * natural keys that stand for their ids in the file.
 */
final class ExportReference {
    final List<Agency> agencies;
    final List<Officer> officers;
    final List<PolicyVersion> policies;
    final List<Provision> provisions;
    final List<AgencyAdoption> adoptions;
    final List<ComplaintVenue> venues;
    private final Map<Long, Agency> agencyById;
    private final Map<Long, Officer> officerById;
    private final Map<Long, PolicyVersion> policyById;
    private final Map<Long, Provision> provisionById;
    private final Map<Long, ComplaintVenue> venueById;
    private final Map<String, String> adoptionSources;

    private ExportReference(List<Agency> agencies, List<Officer> officers, List<PolicyVersion> policies,
                            List<Provision> provisions, List<AgencyAdoption> adoptions, List<ComplaintVenue> venues,
                            Map<String, String> adoptionSources) {
        this.agencyById = byId(agencies, Agency::id);
        this.officerById = byId(officers, Officer::id);
        this.policyById = byId(policies, PolicyVersion::id);
        this.provisionById = byId(provisions, Provision::id);
        this.venueById = byId(venues, ComplaintVenue::id);
        this.adoptionSources = adoptionSources;
        this.agencies = agencies.stream().sorted(Comparator.comparing(Agency::name)).toList();
        this.officers = officers.stream().sorted(Comparator.comparing(this::officerKey)).toList();
        this.policies = List.copyOf(policies);
        this.provisions = provisions.stream().sorted(Comparator.comparing(this::provisionKey)).toList();
        this.adoptions = adoptions.stream().sorted(Comparator.comparing(
                (AgencyAdoption a) -> agencyName(a.agencyId())).thenComparing(a -> policyKey(a.policyVersionId())))
                .toList();
        this.venues = venues.stream().sorted(Comparator.comparing(ComplaintVenue::name)).toList();
    }

    static ExportReference load(ReferenceRepository ref) {
        List<AgencyAdoption> adoptions = ref.adoptions();
        Map<String, String> sources = new HashMap<>();
        for (AgencyAdoption a : adoptions) {
            sources.put(a.agencyId() + "/" + a.policyVersionId(), ref.adoptionSource(a.agencyId(), a.policyVersionId()));
        }
        return new ExportReference(ref.agencies(), ref.officers(), ref.policyVersions(), ref.provisions(), adoptions,
                ref.venues(), sources);
    }

    /** Only the rows these cases use, with the agencies' parents, their adoptions and those policies. */
    ExportReference usedBy(List<CaseRecord> cases) {
        Set<Long> agencyIds = new HashSet<>();
        Set<Long> officerIds = new HashSet<>();
        Set<Long> provisionIds = new HashSet<>();
        Set<Long> venueIds = new HashSet<>();
        for (CaseRecord c : cases) {
            for (Violation v : c.violations()) {
                agencyIds.add(v.agencyId());
                provisionIds.add(v.provisionId());
                addIfSet(officerIds, v.officerId());
            }
            for (TimelineEvent e : c.events()) {
                addIfSet(agencyIds, e.agencyId());
                addIfSet(officerIds, e.officerId());
            }
            c.filings().stream().map(Filing::venueId).forEach(venueIds::add);
        }
        officerIds.forEach(id -> addIfSet(agencyIds, officerById.get(id).agencyId()));
        for (Long id : List.copyOf(agencyIds)) {
            Long parent = agencyById.get(id).parentId();
            while (parent != null && agencyIds.add(parent)) {
                parent = agencyById.get(parent).parentId();
            }
        }
        List<AgencyAdoption> usedAdoptions = adoptions.stream().filter(a -> agencyIds.contains(a.agencyId())).toList();
        Set<Long> policyIds = new HashSet<>();
        provisionIds.forEach(id -> policyIds.add(provisionById.get(id).policyVersionId()));
        usedAdoptions.forEach(a -> policyIds.add(a.policyVersionId()));
        return new ExportReference(
                agencies.stream().filter(a -> agencyIds.contains(a.id())).toList(),
                officers.stream().filter(o -> officerIds.contains(o.id())).toList(),
                policies.stream().filter(p -> policyIds.contains(p.id())).toList(),
                provisions.stream().filter(p -> provisionIds.contains(p.id())).toList(),
                usedAdoptions,
                venues.stream().filter(v -> venueIds.contains(v.id())).toList(),
                adoptionSources);
    }

    String agencyName(Long id) {
        return id == null ? null : agencyById.get(id).name();
    }

    Officer officer(long id) {
        return officerById.get(id);
    }

    String policyKey(long id) {
        return policyById.get(id).key();
    }

    String provisionKey(long id) {
        return provisionKey(provisionById.get(id));
    }

    String venueName(long id) {
        return venueById.get(id).name();
    }

    String adoptionSource(AgencyAdoption a) {
        return adoptionSources.get(a.agencyId() + "/" + a.policyVersionId());
    }

    private String provisionKey(Provision p) {
        return JsonFormat.provisionKey(policyKey(p.policyVersionId()), p.topic());
    }

    private String officerKey(Officer o) {
        return JsonFormat.officerKey(o.name(), o.badge(), agencyName(o.agencyId()));
    }

    private static void addIfSet(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
