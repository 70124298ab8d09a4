package org.amparo.domain;

/** A person's part in one case. A person without an id is new and is created when the case is saved. */
public record CaseParty(Person person, PartyRole role, String notes) {
}
