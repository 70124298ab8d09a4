package org.amparo.domain;

/** Where a complaint or claim stands at its venue. */
public enum FilingStatus {
    PLANNED, FILED, UNDER_REVIEW, DECIDED, SETTLED, DISMISSED, WITHDRAWN
}
