package org.amparo.domain;

import java.time.LocalDate;

/** A complaint or claim filed (or planned) at a venue. */
public record Filing(Long id, long venueId, LocalDate filedOn, String referenceNo, FilingStatus status,
                     String outcome) {
}
