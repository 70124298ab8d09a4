package org.amparo.ui.unlock;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.amparo.service.Messages;
import org.amparo.ui.common.Controls;

/** The strength bar and word for a new passphrase (the create-vault screen, the passphrase change). */
public final class StrengthMeter {
    private StrengthMeter() {
    }

    public static HBox create(ObservableValue<PassphraseStrength> strength, Locale locale) {
        Messages w = new Messages(UnlockViewModel.BUNDLE, locale);
        ProgressBar bar = new ProgressBar();
        bar.setId("strengthBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> (strength.getValue().ordinal() + 1) / 4.0, strength));
        Label text = new Label();
        text.setId("strengthText");
        text.textProperty().bind(Bindings.createStringBinding(
                () -> w.get("unlock.strength." + strength.getValue().name()), strength));
        // the strength belongs to a view model that outlives this meter: it must not keep the meter alive
        Controls.listenAsLongAs(bar, strength, o -> bar.getStyleClass()
                .setAll("progress-bar", "strength-" + strength.getValue().name().toLowerCase(Locale.ROOT)));
        bar.getStyleClass().add("strength-weak");
        bar.setAccessibleText(w.get("unlock.strengthName"));
        HBox row = new HBox(8, bar, text);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        return row;
    }
}
