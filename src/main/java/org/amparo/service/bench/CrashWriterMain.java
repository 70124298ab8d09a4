package org.amparo.service.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.amparo.domain.CaseRecord;
import org.amparo.service.AppVersion;
import org.amparo.service.demo.DemoCaseGenerator;
import org.amparo.service.demo.PolicyChoice;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.reference.ShippedReferenceData;
import org.amparo.store.vault.KdfParameters;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultOpener;

/**
 * The child process of the crash soak ({@link CrashSoak}): opens a vault and works on it the way a user does —
 * new cases, edits of saved cases, backups — one transaction each, until it is killed. After each commit has
 * returned it prints one line on standard output: {@code new REF}, {@code edit REF N} (the case's outcome now
 * reads {@code edit N}) or {@code backup FILE}. N grows across children: each starts at the FIRST_STEP it is given,
 * so a later edit always carries a larger N. The passphrase is the first line of standard input (never an
 * argument). Arguments: VAULT_FOLDER SEED FIRST_STEP.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        long firstStep = Long.parseLong(args[2]);
        char[] passphrase = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                .readLine().toCharArray();
        Vault vault = new VaultOpener(new ShippedReferenceData(), () -> KdfParameters.MINIMUM).open(folder, passphrase);
        Clock clock = Clock.systemUTC();
        CaseRepository cases = new CaseRepository(vault, clock);
        Backups backups = new Backups(vault, clock, AppVersion.current());
        ReferenceRepository refs = new ReferenceRepository(vault);
        Iterator<CaseRecord> demo = new DemoCaseGenerator(seed, refs, refs.officers(),
                PolicyChoice.statewide(refs.policyVersions())).cases(Integer.MAX_VALUE);
        List<String> saved = new ArrayList<>(cases.references());
        Random random = new Random(seed);
        System.out.println("ready");
        System.out.flush();
        for (long step = firstStep; ; step++) {
            int dice = random.nextInt(20);
            if (dice == 0) {
                System.out.println("backup " + backups.create(backups.defaultFolder()).file().getFileName());
            } else if (dice < 8 && !saved.isEmpty()) {
                String ref = saved.get(random.nextInt(saved.size()));
                CaseRecord c = cases.load(ref).orElseThrow();
                cases.save(withOutcome(c, "edit " + step));
                System.out.println("edit " + ref + " " + step);
            } else {
                CaseRecord c = cases.save(demo.next());
                saved.add(c.reference());
                System.out.println("new " + c.reference());
            }
            System.out.flush();
        }
    }

    private static CaseRecord withOutcome(CaseRecord c, String outcome) {
        return new CaseRecord(c.id(), c.reference(), c.title(), c.status(), c.incidentDate(), c.place(),
                c.narrative(), c.intakeDate(), outcome, c.settlementAmount(), c.settlementDate(), c.tags(),
                c.parties(), c.violations(), c.events(), c.filings());
    }
}
