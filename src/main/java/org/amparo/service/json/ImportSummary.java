package org.amparo.service.json;

import java.util.List;

/**
 * What an import did (or, for a check only, would do): cases imported, skipped because the vault already
 * has them, and imported under a new reference; people and reference rows created or matched; the notes.
 */
public record ImportSummary(boolean checkOnly, long cases, long skipped, long renumbered, int newPeople,
                            int matchedPeople, int newAgencies, int newOfficers, int newPolicies, int newProvisions,
                            int newVenues, int newAdoptions, int completedRows, List<TransferMessage> notes) {

    public ImportSummary {
        notes = List.copyOf(notes);
    }
}
