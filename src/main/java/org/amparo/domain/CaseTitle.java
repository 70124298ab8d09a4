package org.amparo.domain;

/** A case named by its reference and title, for lists of the cases something appears in. */
public record CaseTitle(String reference, String title) {
}
