package org.amparo.ui.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.amparo.domain.CasePage;
import org.amparo.domain.CaseQuery;
import org.amparo.service.demo.DemoVaultFiller;
import org.amparo.store.cases.BulkCaseWriter;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault of a few thousand demo cases: the list loads one page of rows, never all of them. */
class CaseListLargeVaultTest {
    private static final int CASES = 3000;

    @TempDir
    static Path dir;

    private static Vault vault;
    private static CaseRepository cases;

    @BeforeAll
    static void demoVault() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        new DemoVaultFiller(vault, clock).fill(CASES, 7, BulkCaseWriter.Progress.NONE);
        cases = new CaseRepository(vault, clock);
    }

    @AfterAll
    static void close() {
        vault.close();
    }

    @Test
    void theFirstPageAndTheCountComeFromOneQueryOfOnePage() {
        List<CaseQuery> asked = new ArrayList<>();
        List<Integer> returned = new ArrayList<>();
        CaseListViewModel vm = new CaseListViewModel(q -> {
            asked.add(q);
            CasePage p = cases.list(q);
            returned.add(p.rows().size());
            return p;
        }, () -> new FilterChoices(List.of(), List.of()), new FxTaskRunner(Runnable::run, Runnable::run),
                new SimpleObjectProperty<>(Locale.ENGLISH));
        vm.start();

        assertEquals(CASES, vm.totalProperty().get());
        assertEquals(CaseListViewModel.PAGE_SIZE, vm.rows().size(), "one page shown");
        assertEquals(List.of(CaseListViewModel.PAGE_SIZE), returned, "one page read, no more");
        assertEquals(CaseListViewModel.PAGE_SIZE, asked.get(0).limit());
        assertEquals(0, asked.get(0).offset());
        assertEquals("Page 1 of 30", vm.pageTextProperty().get());
        assertEquals("3,000 matching cases", vm.countTextProperty().get());

        vm.lastPage();
        assertEquals(2900, asked.get(1).offset());
        assertEquals(CaseListViewModel.PAGE_SIZE, returned.get(1));

        vm.sortBy(CaseQuery.SortField.AGENCY, false);
        CaseQuery sorted = asked.get(2);
        assertEquals(0, sorted.offset(), "a new sort starts at the first page");
        assertEquals(CaseQuery.SortField.AGENCY, sorted.sort());
        String first = vm.rows().get(0).agency();
        String last = vm.rows().get(vm.rows().size() - 1).agency();
        assertTrue(first.compareTo(last) <= 0, first + " before " + last);

        vm.searchTextProperty().set("border patrol");
        assertTrue(vm.totalProperty().get() > 0 && vm.totalProperty().get() < CASES);
        assertTrue(vm.rows().size() <= CaseListViewModel.PAGE_SIZE);
        assertTrue(returned.stream().allMatch(n -> n <= CaseListViewModel.PAGE_SIZE), returned.toString());
    }
}
