package org.amparo.cli;

import java.util.Locale;

/** Reads a {@code --lang en|es} option; without one, the user's language. */
final class LanguageOption {
    private LanguageOption() {
    }

    static Locale parse(CliEnvironment env, String lang) {
        if (lang == null) {
            return env.messages().locale();
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "es" -> new Locale("es");
            default -> throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.timeline.lang.invalid", lang));
        };
    }
}
