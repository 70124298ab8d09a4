package org.amparo.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.amparo.domain.AuditAction;
import org.amparo.domain.CaseRecord;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.MutableClock;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final FxTaskRunner now = new FxTaskRunner(Runnable::run, Runnable::run);

    @Test
    void theVaultsLogPagesNewestFirstInTheUsersWords() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            v.setActor("Ana");
            AuditTrail trail = new AuditTrail(v, clock);
            for (int i = 0; i < 230; i++) {
                trail.record(AuditAction.CHECK, null, "ok " + i);
            }
            trail.record(AuditAction.BACKUP, null, "amparo-1.amparo-backup");
            LogViewModel vm = new LogViewModel(trail, null, now, new Locale("es"));
            vm.load();
            assertEquals(LogViewModel.PAGE, vm.rows().size());
            assertEquals("Copia de seguridad", vm.rows().get(0).action());
            assertEquals("Ana", vm.rows().get(0).who());
            assertEquals("Entradas 1–100 de 231, de la más nueva a la más antigua", vm.pageTextProperty().get());
            assertFalse(vm.hasNewerProperty().get());
            vm.older();
            vm.older();
            assertEquals(31, vm.rows().size());
            assertEquals("ok 0", vm.rows().get(30).detail());
            assertFalse(vm.hasOlderProperty().get());
            vm.newer();
            assertEquals("Entradas 101–200 de 231, de la más nueva a la más antigua", vm.pageTextProperty().get());
        }
    }

    @Test
    void aCasesHistoryShowsOnlyThatCaseWithFieldNamesAndValues() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRepository cases = new CaseRepository(v, clock);
            ReferenceRepository reference = new ReferenceRepository(v);
            CaseRecord i89 = cases.save(SampleCases.i89RoadsideHold(reference));
            cases.save(SampleCases.farmworkerSettlement(reference));
            CaseRecord saved = cases.load(i89.reference()).orElseThrow();
            cases.save(new CaseRecord(saved.id(), saved.reference(), "I-89 hold, renamed", saved.status(),
                    saved.incidentDate(), saved.place(), saved.narrative(), saved.intakeDate(), saved.outcome(),
                    saved.settlementAmount(), saved.settlementDate(), saved.tags(), saved.parties(),
                    saved.violations(), saved.events(), saved.filings()));
            LogViewModel vm = new LogViewModel(new AuditTrail(v, clock), i89.reference(), now, Locale.ENGLISH);
            vm.load();
            assertEquals("History of case " + i89.reference() + " — Amparo", vm.title());
            assertTrue(vm.rows().stream().allMatch(r -> r.caseReference().equals(i89.reference())));
            LogRow edit = vm.rows().stream().filter(r -> r.field().equals("Title")).findFirst().orElseThrow();
            assertEquals("Case edited", edit.action());
            assertEquals("I-89 roadside hold for Border Patrol", edit.oldValue());
            assertEquals("I-89 hold, renamed", edit.newValue());
            assertEquals("Case created", vm.rows().get(vm.rows().size() - 1).action());
        }
    }
}
