package org.amparo.cli;

import java.util.Locale;
import org.amparo.domain.ApproximateDateText;
import org.amparo.domain.CaseListRow;
import org.amparo.domain.CasePage;
import org.amparo.domain.CaseQuery;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cases}: the case list query the desktop list uses, printed as tab-separated rows
 * (reference, incident date, title, agency, status, people).
 */
@Command(name = "cases", description = "List cases (tab-separated: reference, incident date, title, agency, status, people).")
final class CasesCommand extends VaultCommand {
    @Mixin
    CaseFilterOptions filters;
    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "INCIDENT_DATE",
            description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    CaseQuery.SortField sort;
    @Option(names = "--desc", description = "Sort descending.")
    boolean desc;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N rows.")
    int offset;
    @Option(names = "--trash", description = "List the cases in the trash instead.")
    boolean trash;

    CasesCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        CaseQuery q = filters.applyTo(CaseQuery.all().sortedBy(sort, desc).page(limit, offset).inTrash(trash), env);
        try (Vault v = openVault()) {
            CasePage page = new CaseRepository(v, env.clock()).list(q);
            for (CaseListRow r : page.rows()) {
                env.out().println(String.join("\t", r.reference(),
                        r.incidentDate() == null ? "" : ApproximateDateText.iso(r.incidentDate()),
                        clean(r.title()), clean(r.agency()), r.status().name().toLowerCase(Locale.ROOT),
                        clean(r.people())));
            }
            env.err().println(page.rows().size() + " of " + page.total());
        }
        return 0;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
