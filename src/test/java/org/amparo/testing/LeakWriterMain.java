package org.amparo.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.PartyRole;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;

/**
 * Child process for the plaintext leak test (run with its own {@code java.io.tmpdir}): creates a vault, saves
 * cases naming the given people, searches for them, provokes an SQL error that mentions a name (H2 would trace
 * it), makes a backup, and closes the vault. Arguments: VAULT NAME...
 */
public final class LeakWriterMain {
    private LeakWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = List.of(args).subList(1, args.length);
        try (Vault v = TestVaults.create(Path.of(args[0]))) {
            ReferenceRepository ref = new ReferenceRepository(v);
            CaseRepository cases = new CaseRepository(v, Clock.systemUTC());
            for (int i = 0; i < 20; i++) {
                String name = names.get(i % names.size());
                CaseRecord base = SampleCases.farmworkerSettlement(ref);
                cases.save(new CaseRecord(null, null, "Hold of " + name, base.status(), base.incidentDate(),
                        base.place(), name + " was held for Border Patrol; " + name + " told us so.", base.intakeDate(),
                        base.outcome(), base.settlementAmount(), base.settlementDate(), List.of(name),
                        List.of(new CaseParty(SampleCases.person(name, 1980 + i), PartyRole.AFFECTED, name)),
                        base.violations(), base.events(), base.filings()));
            }
            for (String name : names) {
                if (cases.list(CaseQuery.all().withText(name)).rows().isEmpty()) {
                    throw new IllegalStateException("a saved case was not found");
                }
            }
            try {
                v.dsl().execute("SELECT * FROM NO_SUCH_TABLE WHERE NAME = ?", names.get(0));
            } catch (RuntimeException expected) {
                // H2 writes such errors, with their SQL and values, to a .trace.db unless file tracing is off
            }
            Backups backups = new Backups(v, Clock.systemUTC(), "leak test");
            backups.create(backups.defaultFolder());
        }
        System.out.println("done");
    }
}
