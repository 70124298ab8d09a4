package org.amparo.service.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amparo.domain.Person;
import org.amparo.store.transfer.ImportWriter;
import org.amparo.store.transfer.VaultContent;

/**
 * The file's people: read and checked one at a time, then matched with the vault's people and written.
 * A person is the vault's person when the key's pseudonym number and the name both agree (the same file
 * imported again); else when exactly one person in the vault, and in the file, has that name and the birth
 * years do not differ (noted); else a new person, who keeps the key's pseudonym number when it is free.
 */
final class PeoplePlan {
    /** A person of the file: the row (id null, pseudonym from the key) and, once matched, the vault's. */
    private static final class Entry {
        final String path;
        final Person row;
        Person vault;

        Entry(String path, Person row) {
            this.path = path;
            this.row = row;
        }
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final Map<String, Person> written = new HashMap<>();
    private int matched;
    private int created;

    /** Reads and checks one person of the "people" list. */
    void read(int index, JsonNode node, List<TransferMessage> problems) {
        String path = "people[" + index + "]";
        JsonFields f = JsonFields.of(node, path, problems);
        String key = f.text("key", 60, true);
        String name = f.text("name", 300, true);
        String otherNames = f.text("other_names", 1000, false);
        String language = f.text("preferred_language", 40, false);
        String contact = f.text("contact", 1000, false);
        Integer birthYear = f.integer("birth_year", 1900, 2100, false);
        String notes = f.text("notes", 4000, false);
        f.finish();
        if (key == null || name == null) {
            return;
        }
        key = key.trim();
        Entry first = byKey.get(key);
        if (first != null) {
            problems.add(new TransferMessage(path + ".key", "json.problem.duplicate", key, first.path));
            return;
        }
        byKey.put(key, new Entry(path, new Person(null, name, otherNames, language, contact, birthYear,
                JsonFormat.pseudonymOf(key), notes)));
        nameCounts.merge(VaultContent.sameName(name), 1, Integer::sum);
    }

    boolean has(String key) {
        return byKey.containsKey(key.trim());
    }

    /** Finds, for each person of the file, the vault's person they are (if any). Reads only. */
    void match(VaultContent vault, List<TransferMessage> notes) {
        if (vault.personCount() == 0) {
            return;
        }
        for (Map.Entry<String, Entry> e : byKey.entrySet()) {
            Entry p = e.getValue();
            String name = VaultContent.sameName(p.row.name());
            int pseudonym = p.row.pseudonymNo();
            Person byKeyInVault = pseudonym > 0 ? vault.personByPseudonym(pseudonym).orElse(null) : null;
            if (byKeyInVault != null && VaultContent.sameName(byKeyInVault.name()).equals(name)) {
                p.vault = byKeyInVault;
            } else if (nameCounts.get(name) == 1) {
                List<Person> named = vault.peopleNamed(name).stream().filter(v -> v.birthYear() == null
                        || p.row.birthYear() == null || v.birthYear().equals(p.row.birthYear())).toList();
                if (named.size() == 1) {
                    p.vault = named.get(0);
                    notes.add(new TransferMessage(p.path, "json.note.personMatched", e.getKey(),
                            JsonFormat.personKey(p.vault.pseudonymNo())));
                }
            }
        }
    }

    /** Writes the people: new ones created, matched ones with their empty fields filled. */
    void write(ImportWriter w) {
        for (Map.Entry<String, Entry> e : byKey.entrySet()) {
            Entry p = e.getValue();
            Person saved;
            if (p.vault == null) {
                saved = w.savePerson(p.row);
                created++;
            } else {
                Person v = p.vault;
                Person r = p.row;
                Person merged = new Person(v.id(), v.name(), fill(v.otherNames(), r.otherNames()),
                        fill(v.preferredLanguage(), r.preferredLanguage()), fill(v.contact(), r.contact()),
                        v.birthYear() != null ? v.birthYear() : r.birthYear(), v.pseudonymNo(),
                        fill(v.notes(), r.notes()));
                saved = Objects.equals(merged, v) ? v : w.savePerson(merged);
                matched++;
            }
            written.put(e.getKey(), saved);
        }
    }

    /** The person written for this key (after {@link #write}). */
    Person written(String key) {
        return written.get(key.trim());
    }

    /** A stand-in for a person of the file while cases are checked (nothing is written yet). */
    Person standIn(String key) {
        Entry e = byKey.get(key.trim());
        return e == null ? null : e.row;
    }

    int matched() {
        return matched;
    }

    int created() {
        return created;
    }

    private static String fill(String vault, String file) {
        return vault == null || vault.isBlank() ? file : vault;
    }
}
