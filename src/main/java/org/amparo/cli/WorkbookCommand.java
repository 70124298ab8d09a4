package org.amparo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.amparo.service.export.ExportOptions;
import picocli.CommandLine.Option;

/** What both Excel exports share: --out, --redact, the password (--password-stdin or --encrypt) and --lang. */
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

    WorkbookCommand(CliEnvironment env) {
        super(env);
    }

    /** The options, with the password read now (before the vault opens, after its passphrase). Never stored. */
    ExportOptions options() {
        ExportOptions o = ExportOptions.of(LanguageOption.parse(env, lang)).redacted(redact);
        if (passwordStdin) {
            return o.withPassword(PassphraseReader.line(env));
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
