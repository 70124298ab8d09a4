package org.amparo.domain;

/** What a person was in a case. */
public enum PartyRole {
    AFFECTED, WITNESS, DRIVER, PASSENGER, FAMILY, REPORTER, OTHER
}
