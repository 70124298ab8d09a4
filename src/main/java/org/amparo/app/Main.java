package org.amparo.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.amparo.cli.AmparoCli;
import org.amparo.cli.CliEnvironment;
import org.amparo.service.AppVersion;
import org.amparo.service.Messages;
import org.amparo.store.backup.Backups;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.VaultOpener;

/**
 * The launcher and composition root. With no arguments (or only {@code --vault DIR}) the desktop app starts
 * ({@link DesktopApp}); with a command the command line runs without loading JavaFX. Objects are built here, by hand, once.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            DesktopLauncher.launch(null);
            return;
        }
        if (args.length == 2 && "--vault".equals(args[0])) {
            DesktopLauncher.launch(java.nio.file.Path.of(args[1]));
            return;
        }
        System.exit(runCommand(args));
    }

    static int runCommand(String[] args) {
        VaultOpener opener = new VaultOpener(new ShippedReferenceData())
                .beforeUpgrade(Backups.beforeUpgrade(Clock.systemUTC(), AppVersion.current()));
        CliEnvironment env = new CliEnvironment(opener, Clock.systemDefaultZone(), new Messages(Locale.getDefault()),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out, System.err,
                System.getenv(), System.console());
        return AmparoCli.run(env, args);
    }
}
