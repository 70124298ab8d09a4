package org.amparo.service.json;

import java.util.List;
import java.util.Objects;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.service.json.FileReference.FileAdoption;
import org.amparo.service.json.FileReference.FileOfficer;
import org.amparo.service.json.FileReference.FilePolicy;
import org.amparo.service.json.FileReference.FileProvision;
import org.amparo.service.json.FileReference.FileVenue;

/**
 * How a file's row meets the vault's row with the same key: the vault's values stay; only what is empty in
 * the vault is filled from the file. A value that differs is kept as in the vault and noted — unless the
 * file's row is shipped data nobody edited, whose differences are only another Amparo's shipped wording.
 */
final class ReferenceMerge {
    private final List<TransferMessage> notes;
    private String path;
    private boolean noteDifferences;

    ReferenceMerge(List<TransferMessage> notes) {
        this.notes = notes;
    }

    /** The agency with its empty fields filled (its parent is filled separately, once every agency exists). */
    Agency agency(Agency vault, FileReference.FileAgency file) {
        start(file.path(), !file.row().shipped() || file.row().userEdited());
        Agency f = file.row();
        return new Agency(vault.id(), vault.name(), fill("kind", vault.kind(), f.kind()), vault.parentId(),
                vault.parentName(), fill("county_or_area", vault.countyOrArea(), f.countyOrArea()),
                fill("notes", vault.notes(), f.notes()), vault.shipped(), vault.userEdited());
    }

    /** Notes a parent that differs from the vault's (the vault's stays). */
    void parent(String filePath, boolean fileRowNotStock, String vaultParent, String fileParent) {
        start(filePath, fileRowNotStock);
        if (vaultParent != null) {
            fill("parent_agency", vaultParent, fileParent);
        }
    }

    Officer officer(Officer vault, FileOfficer file) {
        start(file.path(), true);
        Officer f = file.row();
        return new Officer(vault.id(), vault.name(), vault.badge(), vault.agencyId(), fill("rank", vault.rank(), f.rank()),
                fill("other_names", vault.otherNames(), f.otherNames()), fill("notes", vault.notes(), f.notes()));
    }

    /** The policy version with empty dates filled, as long as the dates stay in order. */
    PolicyVersion policy(PolicyVersion vault, FilePolicy file) {
        start(file.path(), true);
        PolicyVersion f = file.row();
        fill("name", vault.name(), f.name());
        fill("scope", vault.scope(), f.scope());
        PolicyVersion merged = new PolicyVersion(vault.id(), vault.key(), vault.name(), vault.scope(),
                fill("effective_from", vault.effectiveFrom(), f.effectiveFrom()),
                fill("effective_to", vault.effectiveTo(), f.effectiveTo()));
        if (merged.effectiveFrom() != null && merged.effectiveTo() != null
                && merged.effectiveTo().isBefore(merged.effectiveFrom())) {
            notes.add(new TransferMessage(file.path(), "json.note.keptVaultValue"));
            return vault;
        }
        return merged;
    }

    Provision provision(Provision vault, FileProvision file) {
        start(file.path(), !file.row().shipped() || file.row().userEdited());
        Provision f = file.row();
        fill("title", vault.title(), f.title());
        return new Provision(vault.id(), vault.policyVersionId(), vault.topic(),
                fill("section_ref", vault.sectionRef(), f.sectionRef()), vault.title(),
                fill("summary", vault.summary(), f.summary()), fill("kind", vault.kind(), f.kind()), vault.shipped(),
                vault.userEdited());
    }

    /** The adoption with an unknown start or end filled; returns the source to record (null: keep). */
    AgencyAdoption adoption(AgencyAdoption vault, FileAdoption file) {
        start(file.path(), true);
        AgencyAdoption f = file.row();
        fill("certainty", vault.certainty(), f.certainty());
        return new AgencyAdoption(vault.agencyId(), vault.policyVersionId(),
                fill("adopted_from", vault.adoptedFrom(), f.adoptedFrom()),
                fill("adopted_to", vault.adoptedTo(), f.adoptedTo()), vault.certainty());
    }

    String adoptionSource(String vault, FileAdoption file) {
        start(file.path(), true);
        return fill("source", vault, file.source());
    }

    ComplaintVenue venue(ComplaintVenue vault, FileVenue file) {
        start(file.path(), !file.row().shipped() || file.row().userEdited());
        ComplaintVenue f = file.row();
        return new ComplaintVenue(vault.id(), vault.name(), fill("kind", vault.kind(), f.kind()),
                fill("deadline_rule", vault.deadlineRule(), f.deadlineRule()),
                fill("deadline_period", vault.deadlinePeriod(), f.deadlinePeriod()),
                fill("counts_from", vault.countsFrom(), f.countsFrom()), fill("notes", vault.notes(), f.notes()),
                vault.shipped(), vault.userEdited());
    }

    private void start(String rowPath, boolean noteDiffs) {
        this.path = rowPath;
        this.noteDifferences = noteDiffs;
    }

    private <T> T fill(String field, T vault, T file) {
        if (vault == null || (vault instanceof String s && s.isBlank())) {
            return file;
        }
        if (file != null && noteDifferences && !Objects.equals(vault, file)) {
            notes.add(new TransferMessage(path + "." + field, "json.note.keptVaultValue"));
        }
        return vault;
    }
}
