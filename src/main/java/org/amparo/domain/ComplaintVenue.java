package org.amparo.domain;

/** Where a case can be taken, and how long there is to file ({@code deadlinePeriod} like "1y"; null: none). */
public record ComplaintVenue(Long id, String name, String kind, String deadlineRule, String deadlinePeriod,
                             String countsFrom, String notes, boolean shipped, boolean userEdited) {
}
