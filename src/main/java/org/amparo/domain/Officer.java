package org.amparo.domain;

/** A named officer, linked across cases (never free text in a case). */
public record Officer(Long id, String name, String badge, Long agencyId, String rank, String otherNames,
                      String notes) {
}
