package org.amparo.service.export;

import java.util.List;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.PolicyInForce;
import org.amparo.service.timeline.NameRedaction;
import org.amparo.service.timeline.TimelineReferences;

/**
 * What the sheets of one case's workbook share: the case, the reference rows it names, the policies in force,
 * the words in the chosen language and the name redaction (none when names are shown).
 */
record CaseFacts(CaseRecord c, TimelineReferences ref, PolicyInForce policies, List<AgencyAdoption> adoptions,
                 ExportWords words, NameRedaction names) {

    String redact(String text) {
        return names.apply(text);
    }

    /** A date as written ("March 2019", "primavera de 2019"): an Excel date when exact, text when approximate. */
    Cell date(ApproximateDate d) {
        return RegisterSheets.date(d, words);
    }

    /** The earliest possible day, for sorting approximate dates with exact ones. */
    static Cell earliest(ApproximateDate d) {
        return d == null ? Cell.empty() : Cell.date(d.earliest());
    }
}
