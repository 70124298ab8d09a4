package org.amparo.ui.unlock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.ui.common.Notice;

/**
 * What the screens that take a new passphrase share (creating a vault, changing its passphrase): the passphrase and
 * its repeat as typed, its strength, the screen's one message, whether work is running in the background and
 * whether the form can be sent. Each screen's view model extends it and adds its own steps and texts.
 */
public abstract class NewPassphraseForm {
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PassphraseStrength> strength =
            new ReadOnlyObjectWrapper<>(PassphraseStrength.WEAK);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private BooleanBinding canSubmit;

    protected NewPassphraseForm() {
        strength.bind(Bindings.createObjectBinding(() -> PassphraseStrength.of(passphrase.get()), passphrase));
    }

    /** Sets when the form can be sent (called once, from the view model's constructor). */
    protected final void canSubmitWhen(BooleanBinding condition) {
        canSubmit = condition;
    }

    /** Fewer characters than a vault's passphrase needs. */
    protected final boolean tooShort() {
        return passphrase.get().length() < PassphraseStrength.MIN_LENGTH;
    }

    /** The passphrase was not typed the same way twice. */
    protected final boolean repeatDiffers() {
        return !passphrase.get().equals(repeat.get());
    }

    /** Empties both passphrase fields (after they were used, or for another vault). */
    protected final void clearNewPassphrase() {
        passphrase.set("");
        repeat.set("");
    }

    protected final void setMessage(String text) {
        message.set(text);
    }

    /** The form's message is the notice's from now on: it follows the language switch (the unlock screen). */
    protected final void showNotice(Notice notice) {
        message.bind(notice.textProperty());
    }

    protected final void setBusy(boolean running) {
        busy.set(running);
    }

    /** The passphrase typed (the new one, where a new one is asked for). */
    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyObjectProperty<PassphraseStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
