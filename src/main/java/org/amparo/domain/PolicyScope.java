package org.amparo.domain;

/** Whether a FIPP version binds every agency (the state model) or only agencies that adopt it. */
public enum PolicyScope {
    STATEWIDE, LOCAL
}
