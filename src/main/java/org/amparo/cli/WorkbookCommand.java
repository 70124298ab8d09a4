package org.amparo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.amparo.service.export.ExportException;
import org.amparo.service.export.ExportOptions;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Option;

/**
 * What both Excel exports share: --out, --redact, the password (--password-stdin or --encrypt), --lang, and
 * the order of the work: the command's own options are checked and the passphrase and the password read (one
 * line each on standard input, in that order) before the vault is opened, so a bad input fails at once rather
 * than after the key derivation.
 */
abstract class WorkbookCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the workbook.")
    Path out;
    @Option(names = "--redact", description = "Replace people's names with their pseudonyms and leave out contact and birth details.")
    boolean redact;
    @Option(names = "--password-stdin",
            description = "Protect the file with a password read from the next line of standard input.")
    boolean passwordStdin;
    @Option(names = "--encrypt", description = "Protect the file with a password typed at the console (asked twice).")
    boolean encrypt;
    @Option(names = "--lang", paramLabel = "en|es", description = "Language of the headings (default: the system's).")
    String lang;

    /** One export, run once the vault is open: it writes {@link #out} and says what it wrote. */
    @FunctionalInterface
    interface Export {
        String write(Vault vault, ExportOptions options) throws ExportException;
    }

    WorkbookCommand(CliEnvironment env) {
        super(env);
    }

    /** Checks this command's own options (a usage failure if wrong) and returns its export. */
    abstract Export export();

    @Override
    public final Integer call() {
        Export export = export();
        char[] passphrase = PassphraseReader.read(env, passphraseStdin, false);
        try {
            ExportOptions options = options();
            try (Vault v = openVault(passphrase)) {
                Arrays.fill(passphrase, ' ');
                env.err().println(export.write(v, options));
                return 0;
            } catch (ExportException e) {
                throw new CliFailure(CliFailure.FAILED, e.message(env.messages()));
            } finally {
                options.forget();
            }
        } finally {
            Arrays.fill(passphrase, ' ');
        }
    }

    /** The options, with the password read now (after the vault's passphrase, before the vault opens). Never stored. */
    private ExportOptions options() {
        ExportOptions o = ExportOptions.of(LanguageOption.parse(env, lang)).redacted(redact);
        if (passwordStdin) {
            return o.withPassword(PassphraseReader.line(env, "cli.export.passwordMissing"));
        }
        if (!encrypt) {
            return o;
        }
        if (env.console() == null) {
            throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.export.passwordMissing"));
        }
        char[] first = env.console().readPassword(env.messages().get("cli.export.passwordPrompt"));
        char[] second = env.console().readPassword(env.messages().get("cli.export.passwordRepeat"));
        try {
            if (first == null || first.length == 0) {
                throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.export.passwordMissing"));
            }
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new CliFailure(CliFailure.USAGE, env.messages().get("cli.export.passwordMismatch"));
            }
            return o.withPassword(first); // wiped with the options after the export
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
