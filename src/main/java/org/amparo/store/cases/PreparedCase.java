package org.amparo.store.cases;

import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Person;

/**
 * A new case made ready for a bulk write without touching the database: new people's names trimmed as the
 * single-case save stores them, and the list columns computed from it. Ids and the reference come later,
 * on the connection's thread.
 */
record PreparedCase(CaseRecord c, CaseListColumns columns) {

    static PreparedCase of(CaseRecord c, CaseListColumns.Names names) {
        List<CaseParty> parties = new ArrayList<>(c.parties().size());
        for (CaseParty p : c.parties()) {
            Person person = p.person();
            if (person.id() == null) {
                person = new Person(null, person.name().trim(), person.otherNames(), person.preferredLanguage(),
                        person.contact(), person.birthYear(), 0, person.notes());
            }
            parties.add(new CaseParty(person, p.role(), p.notes()));
        }
        CaseRecord trimmed = new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(), c.place(),
                c.narrative(), c.intakeDate(), c.outcome(), c.settlementAmount(), c.settlementDate(), c.tags(),
                parties, c.violations(), c.events(), c.filings());
        return new PreparedCase(trimmed, CaseListColumns.of(trimmed, names));
    }
}
