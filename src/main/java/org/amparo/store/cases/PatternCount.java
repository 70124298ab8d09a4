package org.amparo.store.cases;

/**
 * A count of violations (and of the distinct cases they are in) for one group of a pattern table; the
 * fields a table does not group by are null (a year is null for cases without an incident date).
 */
public record PatternCount(String topic, Long agencyId, Long officerId, Integer year, long violations, long cases) {
}
