package org.amparo.service.json;

import java.util.HashMap;
import java.util.Map;

/** The ids of the reference rows after an import has written them, by natural key; and what it created. */
final class ReferenceIds {
    final Map<String, Long> agencies = new HashMap<>();
    final Map<String, Long> officers = new HashMap<>();
    final Map<String, Long> policies = new HashMap<>();
    final Map<String, Long> provisions = new HashMap<>();
    final Map<String, Long> venues = new HashMap<>();
    int newAgencies;
    int newOfficers;
    int newPolicies;
    int newProvisions;
    int newVenues;
    int newAdoptions;
    int completed;
}
