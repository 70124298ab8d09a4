package org.amparo.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.domain.AuditAction;
import org.amparo.domain.CaseReference;
import org.amparo.service.backup.VaultCheck;
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

class CheckViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final FxTaskRunner now = new FxTaskRunner(Runnable::run, Runnable::run);

    @Test
    void aBrokenRuleIsListedInPlainWordsWithItsCaseAndTheCheckIsRecorded() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            String ref = new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)))
                    .reference();
            CheckViewModel vm = new CheckViewModel(new VaultCheck(v, clock), now, Locale.ENGLISH);
            vm.run();
            assertTrue(vm.summaryProperty().get().startsWith("No problems found: 1 cases"), vm.summaryProperty().get());
            assertTrue(vm.problems().isEmpty());

            v.dsl().execute("UPDATE CASE_FILE SET SETTLEMENT_DATE = DATE '1901-01-01' WHERE REFERENCE = ?", ref);
            CheckViewModel es = new CheckViewModel(new VaultCheck(v, clock), now, new Locale("es"));
            es.run();
            assertEquals("Caso " + ref + ": la fecha del acuerdo es anterior al incidente", es.problems().get(0).text());
            assertTrue(es.summaryProperty().get().startsWith("Se encontró 1 problema en 1 casos"),
                    es.summaryProperty().get());
            assertEquals(2, new AuditTrail(v, clock).list(null, 50, 0).stream()
                    .filter(e -> e.action() == AuditAction.CHECK).count());
        }
    }

    @Test
    void theWeeklyCheckRunsOnlyWhenTheLastIsAWeekOldAndShowsItselfOnlyForProblems() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            String ref = new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)))
                    .reference();
            AtomicInteger shown = new AtomicInteger();
            CheckViewModel vm = new CheckViewModel(new VaultCheck(v, clock), now, Locale.ENGLISH);
            vm.runIfDue(shown::incrementAndGet);
            assertEquals(0, shown.get(), "checked (never before) and fine: nothing shown");
            v.dsl().execute("UPDATE CASE_FILE SET INCIDENT_EARLIEST = DATE '1800-01-01' WHERE REFERENCE = ?", ref);
            clock.advance(Duration.ofDays(6));
            vm.runIfDue(shown::incrementAndGet);
            assertEquals(0, shown.get(), "six days: not due");
            clock.advance(Duration.ofDays(2));
            vm.runIfDue(shown::incrementAndGet);
            assertEquals(1, shown.get());
            assertTrue(vm.problems().get(0).text().contains("the incident date is impossible"), vm.problems().toString());
        }
    }

    @Test
    void aProblemThatNamesACaseOpensItAndOneThatNamesNoneCannot() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            String ref = new CaseRepository(v, clock).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)))
                    .reference();
            v.dsl().execute("UPDATE CASE_FILE SET SETTLEMENT_DATE = DATE '1901-01-01' WHERE REFERENCE = ?", ref);
            v.dsl().execute("DROP TABLE FILING CASCADE"); // a problem of the vault, not of one case
            CheckViewModel vm = new CheckViewModel(new VaultCheck(v, clock), now, Locale.ENGLISH);
            List<CaseReference> opened = new ArrayList<>();
            vm.run();
            CheckProblem ofTheCase = vm.problems().stream().filter(p -> ref.equals(p.caseReference())).findFirst()
                    .orElseThrow(() -> new AssertionError(vm.problems().toString()));
            CheckProblem ofNoCase = vm.problems().stream().filter(p -> p.caseReference() == null).findFirst()
                    .orElseThrow(() -> new AssertionError(vm.problems().toString()));

            vm.select(ofTheCase);
            assertFalse(vm.canOpenSelectedProperty().get(), "nothing to open a case with yet");
            vm.setOnOpenCase(opened::add);
            assertTrue(vm.canOpenSelectedProperty().get());
            vm.openSelected();
            assertEquals(List.of(CaseReference.parse(ref)), opened);

            vm.select(ofNoCase);
            assertFalse(vm.canOpenSelectedProperty().get(), ofNoCase.text());
            vm.openSelected();
            assertEquals(1, opened.size(), "a problem naming no case opens nothing");

            vm.select(ofTheCase);
            vm.run(); // a new check drops the selection with the old list
            assertNull(vm.selectedProperty().get());
            assertFalse(vm.canOpenSelectedProperty().get());
        }
    }

    @Test
    void aReferenceTheEditorCannotLookUpOpensNothing() {
        assertEquals(CaseReference.parse("2026-0007"), new CheckProblem("x", "2026-0007").caseToOpen());
        assertNull(new CheckProblem("x", "26-7").caseToOpen());
        assertNull(new CheckProblem("x", null).caseToOpen());
    }
}
