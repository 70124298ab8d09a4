package org.amparo.ui.reference;

import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.AgencyAdoption;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.ui.editor.ReferenceData;

/** The reference rows read in one background step, with each adoption's source. */
record ReferenceSnapshot(ReferenceData data, List<AdoptionRow> adoptions) {

    static ReferenceSnapshot load(ReferenceRepository repo) {
        ReferenceData data = ReferenceData.load(repo);
        List<AdoptionRow> rows = new ArrayList<>();
        for (AgencyAdoption a : data.adoptions()) {
            rows.add(new AdoptionRow(a, data.agency(a.agencyId()).orElse(null),
                    data.version(a.policyVersionId()).orElse(null),
                    repo.adoptionSource(a.agencyId(), a.policyVersionId())));
        }
        rows.sort(java.util.Comparator.comparing((AdoptionRow r) -> r.agency() == null ? "" : r.agency().name())
                .thenComparing(r -> r.version() == null ? "" : r.version().key()));
        return new ReferenceSnapshot(data, rows);
    }
}
