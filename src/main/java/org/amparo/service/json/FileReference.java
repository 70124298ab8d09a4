package org.amparo.service.json;

import java.util.List;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;

/**
 * The reference rows of a file, as read: domain rows without ids, each with where it is in the file and
 * the natural keys that stand for the ids it points to.
 */
record FileReference(List<FileAgency> agencies, List<FileOfficer> officers, List<FilePolicy> policies,
                     List<FileProvision> provisions, List<FileAdoption> adoptions, List<FileVenue> venues) {

    /** An agency; {@code parentAgency} names another agency (in the file or the vault). */
    record FileAgency(String path, Agency row, String parentAgency) {
        String name() {
            return row.name().trim();
        }
    }

    /** An officer; {@code agency} names their agency (in the file or the vault), or is null. */
    record FileOfficer(String path, Officer row, String agency) {
        String key() {
            return JsonFormat.officerKey(row.name(), row.badge(), agency);
        }
    }

    record FilePolicy(String path, PolicyVersion row) {
        String key() {
            return row.key().trim();
        }
    }

    /** A provision; {@code policy} is its policy version's key. */
    record FileProvision(String path, String policy, Provision row) {
        String key() {
            return JsonFormat.provisionKey(policy.trim(), row.topic().trim());
        }
    }

    record FileAdoption(String path, String agency, String policy, AgencyAdoption row, String source) {
        String key() {
            return agency.trim() + "/" + policy.trim();
        }
    }

    record FileVenue(String path, ComplaintVenue row) {
        String name() {
            return row.name().trim();
        }
    }
}
