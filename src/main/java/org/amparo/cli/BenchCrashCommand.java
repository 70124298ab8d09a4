package org.amparo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amparo.service.bench.CrashSoak;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultSwap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench crash --kills N}: the crash soak. A child process edits a fresh demo vault (new cases, edits, backups)
 * and is killed with SIGKILL at random moments; after each kill the vault must open, pass the integrity check and
 * hold every commit the child reported. Prints kills, commits_checked, lost, unopenable, check_failures,
 * backups_checked, backups_bad and soak_s; exit 0 when nothing was lost or damaged, 1 otherwise.
 */
@Command(name = "crash", description = "Kill a process editing a vault N times; count lost commits and damage.")
final class BenchCrashCommand implements Callable<Integer> {
    @Option(names = "--kills", paramLabel = "N", defaultValue = "200", description = "How many kills (default ${DEFAULT-VALUE}).")
    int kills;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--max-delay-ms", paramLabel = "MS", defaultValue = "300",
            description = "Longest time a child works after its first commits before it is killed (default ${DEFAULT-VALUE}).")
    int maxDelayMillis;
    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the soak's vault (must not exist; default: a temporary folder, removed after).")
    Path work;

    private final CliEnvironment env;

    BenchCrashCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (kills < 1 || maxDelayMillis < 1) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.kills.invalid", Math.min(kills, maxDelayMillis)));
        }
        boolean temporary = work == null;
        try {
            Path parent = temporary ? Files.createTempDirectory("amparo-crash-") : null;
            Path folder = temporary ? parent.resolve("vault") : work;
            try {
                CrashSoak.Figures f = new CrashSoak(folder, seed, maxDelayMillis).run(kills);
                env.out().println("kills=" + f.kills());
                env.out().println("commits_checked=" + f.commitsChecked());
                env.out().println("lost=" + f.lost());
                env.out().println("unopenable=" + f.unopenable());
                env.out().println("check_failures=" + f.checkFailures());
                env.out().println("backups_checked=" + f.backupsChecked());
                env.out().println("backups_bad=" + f.backupsBad());
                env.out().println(String.format(Locale.ROOT, "soak_s=%.1f", f.seconds()));
                return f.clean() ? 0 : CliFailure.FAILED;
            } finally {
                if (temporary) {
                    VaultSwap.deleteTree(parent);
                }
            }
        } catch (VaultException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.failed", e.problem().name()));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.FAILED, env.messages().get("cli.failed", e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CliFailure.FAILED;
        }
    }

}
