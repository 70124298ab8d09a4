package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.PERSON;
import static org.amparo.store.jooq.Tables.TIMELINE_EVENT;
import static org.amparo.store.jooq.Tables.VIOLATION;

import java.util.List;
import java.util.Locale;
import org.amparo.domain.CaseTitle;
import org.amparo.domain.Person;
import org.amparo.store.vault.Vault;
import org.jooq.impl.DSL;

/** Small look-ups the case editor and the reference screens need: people by name, the cases of an officer. */
public final class CaseLookups {
    private final Vault vault;

    public CaseLookups(Vault vault) {
        this.vault = vault;
    }

    /** People whose name or other names contain the text (any case), by name; at most {@code limit}. */
    public List<Person> findPeople(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return vault.dsl().selectFrom(PERSON)
                .where(DSL.lower(PERSON.NAME).like(like, '\\')
                        .or(DSL.lower(DSL.coalesce(PERSON.OTHER_NAMES, "")).like(like, '\\')))
                .orderBy(PERSON.NAME, PERSON.ID).limit(limit).fetch(PersonRows::person);
    }

    /** The cases (not in the trash) in which the officer is named on a violation or an event, by reference. */
    public List<CaseTitle> casesOfOfficer(long officerId) {
        var inViolation = DSL.select(VIOLATION.CASE_ID).from(VIOLATION).where(VIOLATION.OFFICER_ID.eq(officerId));
        var inEvent = DSL.select(TIMELINE_EVENT.CASE_ID).from(TIMELINE_EVENT)
                .where(TIMELINE_EVENT.OFFICER_ID.eq(officerId));
        return vault.dsl().select(CASE_FILE.REFERENCE, CASE_FILE.TITLE).from(CASE_FILE)
                .where(CASE_FILE.DELETED_AT.isNull().and(CASE_FILE.ID.in(inViolation).or(CASE_FILE.ID.in(inEvent))))
                .orderBy(CASE_FILE.REFERENCE).fetch(r -> new CaseTitle(r.value1(), r.value2()));
    }
}
