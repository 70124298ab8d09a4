package org.amparo.ui.unlock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When a backup was made, in the user's language and time zone. */
public final class BackupTime {
    private BackupTime() {
    }

    public static String of(Instant t, Locale l) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l)
                .withZone(ZoneId.systemDefault()).format(t);
    }
}
