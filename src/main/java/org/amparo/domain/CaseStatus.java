package org.amparo.domain;

/** Where a case stands, from the first call to its end. */
public enum CaseStatus {
    INTAKE, DOCUMENTING, COMPLAINT_FILED, NEGOTIATING, SETTLED, CLOSED, WITHDRAWN
}
