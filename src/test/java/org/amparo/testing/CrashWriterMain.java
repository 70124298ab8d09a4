package org.amparo.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.amparo.domain.CaseRecord;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;

/**
 * Child process for the crash test: opens a vault, prints {@code open}, then saves cases one transaction
 * each, forever, printing {@code committed <reference> end} as soon as each save has returned. The parent
 * kills it with SIGKILL; every reference it printed must survive. Arguments: VAULT PASSPHRASE
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Vault v = TestVaults.opener().open(Path.of(args[0]), args[1].toCharArray());
        ReferenceRepository ref = new ReferenceRepository(v);
        CaseRepository cases = new CaseRepository(v, Clock.systemUTC());
        System.out.println("open");
        System.out.flush();
        for (int i = 0; ; i++) {
            CaseRecord draft = i % 2 == 0 ? SampleCases.i89RoadsideHold(ref) : SampleCases.farmworkerSettlement(ref);
            CaseRecord saved = cases.save(draft);
            System.out.println("committed " + saved.reference() + " end");
            System.out.flush();
        }
    }
}
