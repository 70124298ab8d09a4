package org.amparo.domain;

/**
 * Someone a case is about or who saw it. Only the name is required. The pseudonym number is stable and
 * stands for the person in redacted exports ("Person A").
 */
public record Person(Long id, String name, String otherNames, String preferredLanguage, String contact,
                     Integer birthYear, int pseudonymNo, String notes) {

    public static Person named(String name) {
        return new Person(null, name, null, null, null, null, 0, null);
    }

    public Person withId(long newId) {
        return new Person(newId, name, otherNames, preferredLanguage, contact, birthYear, pseudonymNo, notes);
    }
}
