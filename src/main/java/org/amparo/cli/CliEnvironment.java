package org.amparo.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.amparo.service.Messages;
import org.amparo.store.vault.VaultOpener;

/**
 * What the commands get from the composition root: the vault opener, the clock, the user's language and
 * the process's streams and environment (replaced in tests).
 */
public record CliEnvironment(VaultOpener opener, Clock clock, Messages messages, BufferedReader in,
                             PrintStream out, PrintStream err, Map<String, String> env, Console console) {
}
