package org.amparo.store.cases;

import java.math.BigDecimal;
import java.util.List;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseStatus;

/**
 * One case as the register lists it: the list columns kept on the case row, the outcome and the settlement.
 * {@code parties} is filled only when asked for (to redact names), otherwise empty.
 */
public record RegisterCase(long id, String reference, ApproximateDate incident, String title, String people,
                           String agency, String topic, CaseStatus status, String outcome, BigDecimal settlement,
                           List<CaseParty> parties) {

    /** This case with its people. */
    public RegisterCase withParties(List<CaseParty> people) {
        return new RegisterCase(id, reference, incident, title, this.people, agency, topic, status, outcome, settlement,
                people);
    }
}
