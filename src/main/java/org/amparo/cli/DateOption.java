package org.amparo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a day given on the command line (YYYY-MM-DD); null when not given. */
final class DateOption {
    private DateOption() {
    }

    static LocalDate parse(CliEnvironment env, String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.date.invalid", s));
        }
    }
}
