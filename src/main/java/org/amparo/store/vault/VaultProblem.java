package org.amparo.store.vault;

/** The ways opening or creating a vault can fail; each has its own message for the user. */
public enum VaultProblem {
    NOT_FOUND, ALREADY_EXISTS, WRONG_PASSPHRASE, IN_USE, DAMAGED, NEWER_VERSION, CANNOT_WRITE
}
