package org.amparo.domain;

import java.util.Locale;

/** Whether the provision a violation names bound the agency on the incident date. */
public enum ViolationInForceStatus {
    /** The provision's policy was the one binding the agency on every possible incident day. */
    IN_FORCE,
    /** The provision's policy is one of several candidates (approximate dates or adoption dates): check it. */
    POSSIBLY_IN_FORCE,
    /**
     * The provision belongs to the statewide model in force that day, but the agency had adopted its own
     * stronger policy by then: name the local policy's provision on this topic if it has one (the model still
     * sets the floor where the local policy is silent).
     */
    REPLACED_BY_LOCAL,
    /** The provision's policy did not bind the agency on that date. */
    NOT_IN_FORCE;

    /** True for every status but {@link #IN_FORCE}: the user is shown a warning, the violation is not refused. */
    public boolean isFlagged() {
        return this != IN_FORCE;
    }

    /** The key of this status's text in the {@code org.amparo.i18n.validation} bundle. */
    public String messageKey() {
        return "violation.inforce." + name().toLowerCase(Locale.ROOT);
    }
}
