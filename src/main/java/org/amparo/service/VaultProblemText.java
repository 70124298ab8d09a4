package org.amparo.service;

import org.amparo.store.vault.VaultException;

/** One clear line, in the user's language, for each way opening or creating a vault can fail. */
public final class VaultProblemText {
    private VaultProblemText() {
    }

    public static String of(VaultException e, Messages messages) {
        String where = e.file() == null ? "" : e.file().toString();
        return messages.get("vault.problem." + e.problem().name(), where);
    }
}
