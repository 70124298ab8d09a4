package org.amparo.ui.passphrase;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.service.Messages;
import org.amparo.service.VaultProblemText;
import org.amparo.service.backup.PassphraseChange;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultOpener;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.unlock.NewPassphraseForm;
import org.amparo.ui.unlock.PassphraseStrength;

/**
 * The passphrase change: the current passphrase, the new one twice (with its strength), then the vault is
 * re-encrypted in the background (a few seconds) and closed; the user unlocks it with the new passphrase.
 */
public final class PassphraseViewModel extends NewPassphraseForm {
    static final String BUNDLE = "org.amparo.ui.passphrase";

    private final Vault vault;
    private final PassphraseChange change;
    private final Supplier<KdfParameters> kdf;
    private final FxTaskRunner runner;
    private final Messages words;
    private final StringProperty current = new SimpleStringProperty("");
    private BooleanSupplier hasUnsavedWork = () -> false;
    private Runnable onChanged = () -> { };

    /** @param kdf key-derivation settings for the new passphrase (tuned to this machine: called in the background) */
    public PassphraseViewModel(Vault vault, PassphraseChange change, Supplier<KdfParameters> kdf, FxTaskRunner runner,
                               Locale locale) {
        this.vault = vault;
        this.change = change;
        this.kdf = kdf;
        this.runner = runner;
        this.words = new Messages(BUNDLE, locale);
        canSubmitWhen(Bindings.createBooleanBinding(() -> !busyProperty().get() && !current.get().isEmpty()
                && !freshProperty().get().isEmpty(), busyProperty(), current, freshProperty()));
    }

    /** The change closes the vault: open cases with unsaved changes stop it first. */
    public void setHasUnsavedWork(BooleanSupplier unsaved) {
        this.hasUnsavedWork = unsaved;
    }

    /** Called on the user-interface thread once the vault is re-encrypted and closed. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Checks what was typed, then changes the passphrase in the background; bad input keeps what was typed. */
    public void submit() {
        if (!canSubmitProperty().get()) {
            return;
        }
        if (tooShort()) {
            setMessage(words.get("passphrase.tooShort", PassphraseStrength.MIN_LENGTH));
            return;
        }
        if (repeatDiffers()) {
            setMessage(words.get("passphrase.mismatch"));
            return;
        }
        if (freshProperty().get().equals(current.get())) {
            setMessage(words.get("passphrase.same"));
            return;
        }
        if (hasUnsavedWork.getAsBoolean()) {
            setMessage(words.get("passphrase.unsavedFirst"));
            return;
        }
        char[] old = current.get().toCharArray();
        char[] next = freshProperty().get().toCharArray();
        setBusy(true);
        setMessage(words.get("passphrase.working"));
        runner.run(() -> {
            try {
                if (!VaultOpener.passphraseMatches(vault.files().folder(), old)) {
                    return false;
                }
                change.change(vault, next, kdf.get());
                return true;
            } finally {
                Arrays.fill(old, ' ');
                Arrays.fill(next, ' ');
            }
        }, changed -> {
            setBusy(false);
            if (changed) {
                clear();
                setMessage(words.get("passphrase.changed"));
                onChanged.run();
            } else {
                setMessage(words.get("passphrase.wrongCurrent"));
            }
        }, e -> {
            setBusy(false);
            setMessage(e instanceof VaultException ve
                    ? words.get("passphrase.failed") + " " + VaultProblemText.of(ve, new Messages(words.locale()))
                    : words.get("passphrase.failed"));
        });
    }

    private void clear() {
        current.set("");
        clearNewPassphrase();
    }

    public Messages words() {
        return words;
    }

    public StringProperty currentProperty() {
        return current;
    }

    /** The new passphrase (its repeat is {@link #repeatProperty()}). */
    public StringProperty freshProperty() {
        return passphraseProperty();
    }
}
