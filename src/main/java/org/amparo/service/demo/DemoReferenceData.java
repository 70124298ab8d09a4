package org.amparo.service.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;

/**
 * The vault's reference rows the demo draws on: agencies by name and kind, provisions by version and topic,
 * complaint venues by kind, and the officers of each agency (the demo's pool, in pool order).
 */
final class DemoReferenceData {
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final List<PolicyVersion> versions;
    private final Map<Long, Map<String, Provision>> provisions = new HashMap<>();
    private final Map<String, ComplaintVenue> venuesByKind = new LinkedHashMap<>();
    private final Map<Long, List<Officer>> officers = new HashMap<>();

    DemoReferenceData(List<Agency> agencies, List<PolicyVersion> versions, List<Provision> provisions,
                      List<ComplaintVenue> venues, List<Officer> officers) {
        agencies.forEach(a -> this.agencies.put(a.name(), a));
        this.versions = List.copyOf(versions);
        provisions.forEach(p -> this.provisions.computeIfAbsent(p.policyVersionId(), k -> new HashMap<>())
                .putIfAbsent(p.topic(), p));
        venues.forEach(v -> venuesByKind.putIfAbsent(v.kind(), v));
        officers.forEach(o -> {
            if (o.agencyId() != null) {
                this.officers.computeIfAbsent(o.agencyId(), k -> new ArrayList<>()).add(o);
            }
        });
    }

    List<PolicyVersion> versions() {
        return versions;
    }

    Optional<Agency> agency(String name) {
        return Optional.ofNullable(agencies.get(name));
    }

    /** The agencies among those named that the vault holds, in the order named. */
    List<Agency> agencies(List<String> names) {
        return names.stream().map(agencies::get).filter(a -> a != null).toList();
    }

    List<Agency> agenciesOfKind(String kind) {
        return agencies.values().stream().filter(a -> kind.equals(a.kind())).toList();
    }

    Optional<Provision> provision(long policyVersionId, String topic) {
        return Optional.ofNullable(provisions.getOrDefault(policyVersionId, Map.of()).get(topic));
    }

    Optional<ComplaintVenue> venue(String kind) {
        return Optional.ofNullable(venuesByKind.get(kind));
    }

    List<Officer> officersOf(long agencyId) {
        return officers.getOrDefault(agencyId, List.of());
    }
}
