package org.amparo.testing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.amparo.cli.AmparoCli;
import org.amparo.cli.CliEnvironment;
import org.amparo.service.Messages;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.VaultOpener;

/** Runs the command line in-process, on captured streams, as a script would. */
public final class TestCli {
    private TestCli() {
    }

    /** What one command run gave. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String passphrase, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        if (passphrase != null) {
            env.put("AMPARO_PASSPHRASE", passphrase);
        }
        VaultOpener opener = new VaultOpener(new ShippedReferenceData(), () -> KdfParameters.MINIMUM);
        int exit = AmparoCli.run(new CliEnvironment(opener, Clock.systemUTC(), new Messages(Locale.ENGLISH),
                new BufferedReader(new StringReader(stdin == null ? "" : stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, null), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
