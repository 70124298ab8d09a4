package org.amparo.domain;

/** How sure the user is of a piece of reference data such as an adoption date. */
public enum Certainty {
    CONFIRMED, REPORTED, UNCERTAIN
}
