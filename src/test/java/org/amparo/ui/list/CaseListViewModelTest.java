package org.amparo.ui.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseReference;
import org.amparo.domain.CaseStatus;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.Reachability;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseListViewModelTest {
    @TempDir
    static Path dir;

    private static Vault vault;
    private static CaseRepository cases;
    private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final List<CaseQuery> asked = new ArrayList<>();

    @BeforeAll
    static void twoCases() throws Exception {
        vault = TestVaults.create(dir.resolve("vault"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        cases = new CaseRepository(vault, clock);
        ReferenceRepository ref = new ReferenceRepository(vault);
        cases.save(SampleCases.i89RoadsideHold(ref));
        cases.save(SampleCases.farmworkerSettlement(ref));
    }

    @AfterAll
    static void close() {
        vault.close();
    }

    private CaseListViewModel model() {
        CaseListViewModel vm = new CaseListViewModel(q -> {
            asked.add(q);
            return cases.list(q);
        }, () -> new FilterChoices(List.of("Franklin County Sheriff's Department"), List.of("prolonged-stop")),
                new FxTaskRunner(Runnable::run, Runnable::run), locale);
        vm.start();
        return vm;
    }

    @Test
    void showsEveryCaseNewestIncidentFirstWithTheCountAndChoices() {
        CaseListViewModel vm = model();
        assertEquals(2, vm.rows().size());
        assertEquals("I-89 roadside hold for Border Patrol", vm.rows().get(0).title());
        assertEquals("Mar 14, 2019", vm.incidentText(vm.rows().get(0)));
        assertEquals("spring 2017", vm.incidentText(vm.rows().get(1)), "an approximate date stays approximate");
        assertEquals("2 matching cases", vm.countTextProperty().get());
        assertEquals("Page 1 of 1", vm.pageTextProperty().get());
        assertEquals(List.of("prolonged-stop"), vm.topics());
        assertEquals(1, vm.agencies().size());
        assertEquals("Detainer hold", vm.topicText(vm.rows().get(1).topic()));
    }

    @Test
    void searchAndFiltersAreAskedOfTheStoreAndReplaceTheRows() {
        CaseListViewModel vm = model();
        vm.searchTextProperty().set("  zoraida ");
        assertEquals("zoraida", asked.get(asked.size() - 1).text());
        assertEquals(1, vm.rows().size());
        assertEquals("Farmworker held for Border Patrol", vm.rows().get(0).title());
        assertEquals("1 matching case", vm.countTextProperty().get());

        vm.searchTextProperty().set("");
        vm.statusProperty().set(CaseStatus.DOCUMENTING);
        assertEquals(1, vm.rows().size());
        assertEquals("I-89 roadside hold for Border Patrol", vm.rows().get(0).title());

        vm.statusProperty().set(null);
        vm.topicProperty().set("detainer-hold");
        assertEquals(1, vm.rows().size());
        vm.topicProperty().set(null);
        vm.agencyProperty().set("Franklin County Sheriff's Department");
        assertEquals(1, vm.rows().size());
        vm.agencyProperty().set(null);

        vm.fromProperty().set(LocalDate.of(2018, 1, 1));
        assertEquals(1, vm.rows().size());
        vm.toProperty().set(LocalDate.of(2017, 1, 1));
        assertEquals("The start date is after the end date.", vm.messageProperty().get());
        assertEquals(0, vm.rows().size());
        vm.clearFilters();
        assertEquals(2, vm.rows().size());
        assertEquals("", vm.messageProperty().get());
        locale.set(new Locale("es"));
        assertEquals("2 casos coinciden", vm.countTextProperty().get());
        assertEquals("primavera de 2017", vm.incidentText(vm.rows().get(1)));
        assertEquals("Acuerdo alcanzado", vm.statusText(vm.rows().get(1).status()));
        assertEquals("Retención por orden de detención", vm.topicText(vm.rows().get(1).topic()));
        assertEquals("Added by hand", vm.topicText("added-by-hand"), "a topic the user added shows as words");
    }

    @Test
    void aLockedSessionsListIsNotKeptByTheAppsLanguage() {
        // the locale property is the app's: it outlives every session; each unlock builds a new list over it
        List<WeakReference<CaseListViewModel>> locked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            locked.add(unlockAndLock());
        }
        locale.set(new Locale("es"));
        locale.set(Locale.ENGLISH);
        for (WeakReference<CaseListViewModel> old : locked) {
            assertTrue(Reachability.collected(old), "a locked session's list (and its rows of names) is let go");
        }
        CaseListViewModel open = model();
        locale.set(new Locale("es"));
        assertEquals("2 casos coinciden", open.countTextProperty().get(), "the open list still follows the language");
        assertEquals("Página 1 de 1", open.pageTextProperty().get());
    }

    /** A session's list, filled, then dropped the way the main window drops it on lock. */
    private WeakReference<CaseListViewModel> unlockAndLock() {
        CaseListViewModel vm = model();
        assertEquals(2, vm.rows().size());
        vm.rows().clear();
        return new WeakReference<>(vm);
    }

    @Test
    void sortingIsDoneByTheStore() {
        CaseListViewModel vm = model();
        vm.sortBy(CaseQuery.SortField.TITLE, false);
        CaseQuery last = asked.get(asked.size() - 1);
        assertEquals(CaseQuery.SortField.TITLE, last.sort());
        assertEquals(false, last.descending());
        assertEquals("Farmworker held for Border Patrol", vm.rows().get(0).title());
        vm.sortBy(CaseQuery.SortField.TITLE, true);
        assertEquals("I-89 roadside hold for Border Patrol", vm.rows().get(0).title());
    }

    @Test
    void openingARowHandsItsReferenceToTheHook() {
        CaseListViewModel vm = model();
        AtomicReference<CaseReference> opened = new AtomicReference<>();
        vm.setOnOpenCase(opened::set);
        vm.open(vm.rows().get(0));
        assertEquals(vm.rows().get(0).reference(), opened.get().toString());
    }

    @Test
    void aRequestOvertakenByALaterChangeIsNeverRunOrApplied() {
        List<Runnable> queued = new ArrayList<>();
        CaseListViewModel vm = new CaseListViewModel(q -> {
            asked.add(q);
            return cases.list(q);
        }, () -> new FilterChoices(List.of(), List.of()), new FxTaskRunner(queued::add, Runnable::run), locale);
        vm.start();
        vm.searchTextProperty().set("z");
        vm.searchTextProperty().set("zoraida");
        queued.forEach(Runnable::run);
        assertEquals(1, asked.size(), "only the newest query ran: " + asked);
        assertEquals("zoraida", asked.get(0).text());
        assertEquals(1, vm.rows().size());
        assertTrue(vm.totalProperty().get() == 1);
    }
}
