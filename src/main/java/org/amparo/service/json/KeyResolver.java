package org.amparo.service.json;

import org.amparo.domain.Person;

/**
 * Turns the natural keys a case uses into what the vault knows them by: ids (null when the key is unknown)
 * and people. While the file is checked the answers are stand-ins; while it is written, the real rows.
 */
interface KeyResolver {
    Long agency(String name);

    Long officer(String key);

    Long provision(String key);

    Long venue(String name);

    /** The person with this key in the file's "people" section, or null. */
    Person person(String key);
}
