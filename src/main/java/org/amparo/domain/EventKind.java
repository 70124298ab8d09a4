package org.amparo.domain;

/** The kind of a timeline event. */
public enum EventKind {
    STOP, ID_DEMAND, STATUS_QUESTION, CALL_TO_IMMIGRATION, HOLD, TRANSFER, DETENTION, RELEASE, DEPORTATION, COMPLAINT_FILED, RESPONSE, SETTLEMENT, OTHER
}
