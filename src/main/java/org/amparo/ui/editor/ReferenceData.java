package org.amparo.ui.editor;

import java.util.List;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.store.reference.ReferenceRepository;

/** The reference rows the editor picks from, read once (in the background) when the editor opens. */
public record ReferenceData(List<Agency> agencies, List<Officer> officers, List<PolicyVersion> versions,
                           List<Provision> provisions, List<AgencyAdoption> adoptions, List<ComplaintVenue> venues) {

    public ReferenceData {
        agencies = List.copyOf(agencies);
        officers = List.copyOf(officers);
        versions = List.copyOf(versions);
        provisions = List.copyOf(provisions);
        adoptions = List.copyOf(adoptions);
        venues = List.copyOf(venues);
    }

    public static ReferenceData load(ReferenceRepository ref) {
        return new ReferenceData(ref.agencies(), ref.officers(), ref.policyVersions(), ref.provisions(),
                ref.adoptions(), ref.venues());
    }

    public Optional<Agency> agency(Long id) {
        return id == null ? Optional.empty() : agencies.stream().filter(a -> id.equals(a.id())).findFirst();
    }

    public Optional<Officer> officer(Long id) {
        return id == null ? Optional.empty() : officers.stream().filter(o -> id.equals(o.id())).findFirst();
    }

    public Optional<Provision> provision(long id) {
        return provisions.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<PolicyVersion> version(long id) {
        return versions.stream().filter(v -> v.id() == id).findFirst();
    }

    public Optional<ComplaintVenue> venue(long id) {
        return venues.stream().filter(v -> v.id() == id).findFirst();
    }

    /** The officers of one agency (all officers when the agency is null). */
    public List<Officer> officersOf(Agency agency) {
        return agency == null ? officers
                : officers.stream().filter(o -> agency.id().equals(o.agencyId())).toList();
    }
}
