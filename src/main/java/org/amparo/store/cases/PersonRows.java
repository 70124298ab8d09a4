package org.amparo.store.cases;

import org.amparo.domain.Person;
import org.amparo.store.jooq.tables.records.PersonRecord;

/** Maps person rows to the domain record. */
final class PersonRows {
    private PersonRows() {
    }

    static Person person(PersonRecord r) {
        return new Person(r.getId(), r.getName(), r.getOtherNames(), r.getPreferredLanguage(), r.getContact(),
                r.getBirthYear(), r.getPseudonymNo(), r.getNotes());
    }
}
