package org.amparo.ui.reference;

import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.PolicyVersion;

/** One adoption as the table lists it: the agency, the version, the dates, and where the information comes from. */
public record AdoptionRow(AgencyAdoption adoption, Agency agency, PolicyVersion version, String source) {
}
