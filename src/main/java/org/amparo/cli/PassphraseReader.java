package org.amparo.cli;

import java.io.IOException;

/**
 * Where a command gets the passphrase: the AMPARO_PASSPHRASE environment variable, one line on standard
 * input with --passphrase-stdin, or a prompt on the console. Never from the command line itself.
 */
final class PassphraseReader {
    static final String ENV = "AMPARO_PASSPHRASE";

    private PassphraseReader() {
    }

    static char[] read(CliEnvironment env, boolean fromStdin, boolean confirm) {
        if (fromStdin) {
            return line(env);
        }
        String fromEnv = env.env().get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (env.console() == null) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.passphrase.missing"));
        }
        char[] first = env.console().readPassword(env.messages().get("cli.passphrase.prompt"));
        if (first == null || first.length == 0) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.passphrase.empty"));
        }
        if (confirm) {
            char[] second = env.console().readPassword(env.messages().get("cli.passphrase.repeat"));
            if (second == null || !java.util.Arrays.equals(first, second)) {
                throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.passphrase.mismatch"));
            }
        }
        return first;
    }

    /** Reads the passphrase from one line of standard input (--passphrase-stdin). */
    static char[] line(CliEnvironment env) {
        return line(env, "cli.passphrase.missing");
    }

    /** Reads one line of standard input; without one, a usage failure saying the message of {@code missingKey}. */
    static char[] line(CliEnvironment env, String missingKey) {
        try {
            String line = env.in().readLine();
            if (line == null || line.isEmpty()) {
                throw new CliFailure(CliFailure.USAGE, env.messages().get(missingKey));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get(missingKey));
        }
    }
}
