package org.amparo.store.transfer;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.PERSON;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.amparo.domain.Person;
import org.amparo.store.jooq.tables.records.PersonRecord;
import org.amparo.store.vault.Vault;
import org.jooq.Cursor;

/**
 * What moving a vault's content in and out needs to read beyond the repositories: every case (trash
 * included) in reference order, every person streamed, and look-ups by pseudonym, name and reference.
 */
public final class VaultContent {
    private final Vault vault;

    public VaultContent(Vault vault) {
        this.vault = vault;
    }

    /** The ids of all cases, those in the trash included, in reference order. */
    public long[] caseIds() {
        return vault.dsl().select(CASE_FILE.ID).from(CASE_FILE).orderBy(CASE_FILE.REFERENCE)
                .fetch(CASE_FILE.ID).stream().mapToLong(Long::longValue).toArray();
    }

    /** The ids of the cases in the trash. */
    public Set<Long> trashedCaseIds() {
        return new HashSet<>(vault.dsl().select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.DELETED_AT.isNotNull())
                .fetch(CASE_FILE.ID));
    }

    /** The title of the case with this reference (trash included), if there is one. */
    public Optional<String> caseTitle(String reference) {
        return vault.dsl().select(CASE_FILE.TITLE).from(CASE_FILE).where(CASE_FILE.REFERENCE.eq(reference))
                .fetchOptional(CASE_FILE.TITLE);
    }

    /** The highest case number used in that year (trash included); 0 when there is none. */
    public int highestCaseNumber(int year) {
        List<String> refs = vault.dsl().select(CASE_FILE.REFERENCE).from(CASE_FILE)
                .where(CASE_FILE.REFERENCE.like(year + "-%")).fetch(CASE_FILE.REFERENCE);
        int max = 0;
        for (String r : refs) {
            try {
                max = Math.max(max, Integer.parseInt(r.substring(5)));
            } catch (NumberFormatException | IndexOutOfBoundsException ignored) {
                // not a well-formed reference: the integrity check reports it
            }
        }
        return max;
    }

    /** Every person, in pseudonym order, one at a time (never all in memory). */
    public void forEachPerson(Consumer<Person> each) {
        try (Cursor<PersonRecord> cursor = vault.dsl().selectFrom(PERSON).orderBy(PERSON.PSEUDONYM_NO).fetchLazy()) {
            for (PersonRecord r : cursor) {
                each.accept(person(r));
            }
        }
    }

    public int personCount() {
        return vault.dsl().fetchCount(PERSON);
    }

    public Optional<Person> personByPseudonym(int pseudonymNo) {
        return vault.dsl().selectFrom(PERSON).where(PERSON.PSEUDONYM_NO.eq(pseudonymNo)).fetchOptional(VaultContent::person);
    }

    /** People whose name is this one (names are stored trimmed; compared in Unicode composed form). */
    public List<Person> peopleNamed(String name) {
        String wanted = sameName(name);
        return vault.dsl().selectFrom(PERSON)
                .where(PERSON.NAME.in(wanted, Normalizer.normalize(wanted, Normalizer.Form.NFD)))
                .orderBy(PERSON.PSEUDONYM_NO).fetch(VaultContent::person).stream()
                .filter(p -> sameName(p.name()).equals(wanted)).toList();
    }

    /** A name as compared when matching people: trimmed, in Unicode composed form. */
    public static String sameName(String name) {
        return Normalizer.normalize(name.trim(), Normalizer.Form.NFC);
    }

    static Person person(PersonRecord r) {
        return new Person(r.getId(), r.getName(), r.getOtherNames(), r.getPreferredLanguage(), r.getContact(),
                r.getBirthYear(), r.getPseudonymNo(), r.getNotes());
    }
}
