package org.amparo.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.EventKind;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.amparo.domain.ViolationInForceStatus;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseEditorViewModelTest {
    @TempDir
    Path dir;
    Vault vault;
    final AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void vault() throws Exception {
        vault = TestVaults.create(dir.resolve("v"));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private CaseEditorViewModel editor(Locale locale, String reference) {
        CaseEditorViewModel vm = new CaseEditorViewModel(EditorTestContext.immediate(dir, vault, locale, saves));
        vm.open(reference);
        assertTrue(vm.ready().get());
        return vm;
    }

    private static Agency agency(CaseEditorViewModel vm, String name) {
        return vm.violations().agencies().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewCaseWithPeopleAViolationAndEventsIsSavedInOneGoAndReadBack() {
        CaseEditorViewModel vm = editor(Locale.ENGLISH, null);
        vm.fields().title().set("I-89 roadside hold for Border Patrol");
        vm.fields().status().set(CaseStatus.DOCUMENTING);
        vm.fields().incident().set("03/14/2019");
        vm.fields().intake().set("04/02/2019");
        vm.fields().settlementAmount().set("35,000.50");
        vm.fields().tags().set("I-89, roadside, I-89");
        vm.people().addNew("José Ángel Núñez", PartyRole.PASSENGER);
        vm.people().addNew("María Güemes", PartyRole.DRIVER);
        ViolationRow v = vm.violations().add();
        v.agency().set(agency(vm, "Franklin County Sheriff's Department"));
        ProvisionChoice prolonged = vm.violations().choicesFor(v).stream()
                .filter(c -> c.provision().topic().equals("prolonged-stop")).findFirst().orElseThrow();
        assertTrue(prolonged.inForce());
        v.provision().set(prolonged);
        EventRow transfer = vm.timeline().add();
        transfer.date().set("03/14/2019");
        transfer.time().set("16:30");
        transfer.kind().set(EventKind.TRANSFER);
        transfer.description().set("Border Patrol arrived and detained José");
        transfer.violation().set(v);
        EventRow stop = vm.timeline().add();
        stop.date().set("2019-03-14");
        stop.time().set("2:20 PM");
        stop.kind().set(EventKind.STOP);
        stop.description().set("Car stopped for a lane violation");
        assertTrue(vm.dirty().get());

        vm.save(null);

        assertEquals(1, saves.get());
        assertFalse(vm.dirty().get());
        assertEquals("2019-0001", vm.reference().get());
        CaseRecord stored = new CaseRepository(vault, EditorTestContext.CLOCK).load("2019-0001").orElseThrow();
        assertEquals(List.of("José Ángel Núñez", "María Güemes"),
                stored.parties().stream().map(p -> p.person().name()).toList());
        assertEquals(new BigDecimal("35000.50"), stored.settlementAmount());
        assertEquals(List.of("I-89", "roadside"), stored.tags());
        assertEquals(prolonged.provision().id().longValue(), stored.violations().get(0).provisionId());
        assertEquals(List.of(EventKind.STOP, EventKind.TRANSFER), stored.events().stream().map(e -> e.kind()).toList());
        assertEquals(LocalTime.of(14, 20), stored.events().get(0).time());
        assertEquals(0, stored.events().get(1).violationIndex());
        assertNull(stored.events().get(0).violationIndex());
    }

    @Test
    void problemsAreShownNextToTheirFieldsInTheUsersLanguageAndNothingIsSaved() {
        CaseEditorViewModel vm = editor(new Locale("es"), null);
        vm.fields().title().set("Retención");
        vm.fields().incident().set("3 de marzo de 2030");
        assertFalse(vm.fields().errors().text("incidentDate").isEmpty());
        vm.fields().incident().set("15/03/2029");
        assertTrue(vm.fields().errors().text("incidentDate").contains("futur"),
                vm.fields().errors().text("incidentDate"));
        vm.fields().incident().set("primavera 2019");
        assertEquals("", vm.fields().errors().text("incidentDate"));
        vm.fields().settlementDate().set("01/01/2019");
        assertFalse(vm.fields().errors().text("settlementDate").isEmpty());
        ViolationRow v = vm.violations().add();
        EventRow e = vm.timeline().add();
        e.date().set("ayer");

        vm.save(null);

        assertEquals(0, saves.get());
        assertEquals("", vm.reference().get());
        assertTrue(vm.message().get().startsWith("Algunos campos"), vm.message().get());
        assertTrue(v.errors().text("agencyId").contains("agencia"), v.errors().text("agencyId"));
        assertTrue(e.errors().text("date").startsWith("Amparo no entiende"), e.errors().text("date"));
        assertFalse(e.errors().text("description").isEmpty());
        assertEquals("Retención", vm.fields().title().get(), "nothing typed is lost");
    }

    @Test
    void eventsStayInDateOrderWhateverOrderTheyAreTypedIn() {
        CaseEditorViewModel vm = editor(Locale.ENGLISH, null);
        EventRow june = vm.timeline().add();
        june.date().set("June 2019");
        EventRow afternoon = vm.timeline().add();
        afternoon.date().set("03/14/2019");
        afternoon.time().set("16:30");
        EventRow morning = vm.timeline().add();
        morning.date().set("03/14/2019");
        morning.time().set("9:05");
        EventRow noDate = vm.timeline().add();
        assertEquals(List.of(morning, afternoon, june, noDate), List.copyOf(vm.timeline().inDateOrder()));

        june.date().set("spring 2018");
        assertEquals(List.of(june, morning, afternoon, noDate), List.copyOf(vm.timeline().inDateOrder()));
    }

    @Test
    void unsavedChangesAreTrackedFromOpeningToSaving() {
        ReferenceRepository ref = new ReferenceRepository(vault);
        new CaseRepository(vault, EditorTestContext.CLOCK).save(SampleCases.i89RoadsideHold(ref));
        CaseEditorViewModel vm = editor(Locale.ENGLISH, "2019-0001");
        assertFalse(vm.dirty().get());
        assertFalse(vm.windowTitle().get().startsWith("*"));
        assertEquals(4, vm.timeline().rows().size());
        assertEquals(ViolationInForceStatus.IN_FORCE, vm.violations().rows().get(0).provision().get().status());

        vm.timeline().rows().get(3).description().set("Released on bond in June");
        assertTrue(vm.dirty().get());
        assertTrue(vm.windowTitle().get().startsWith("*"));
        vm.save(null);
        assertFalse(vm.dirty().get());
        assertEquals("Released on bond in June", new CaseRepository(vault, EditorTestContext.CLOCK)
                .load("2019-0001").orElseThrow().events().get(3).description());

        vm.violations().rows().get(1).whatHappened().set("changed");
        assertTrue(vm.dirty().get());
    }

    @Test
    void anIncidentDateThatMovesOutOfThePolicyFlagsTheChosenProvision() {
        ReferenceRepository ref = new ReferenceRepository(vault);
        new CaseRepository(vault, EditorTestContext.CLOCK).save(SampleCases.i89RoadsideHold(ref));
        CaseEditorViewModel vm = editor(Locale.ENGLISH, "2019-0001");
        ViolationRow v = vm.violations().rows().get(0);
        assertEquals("", v.inForceNote().get());
        vm.fields().incident().set("2017");
        assertEquals(ViolationInForceStatus.NOT_IN_FORCE, v.provision().get().status());
        assertTrue(v.inForceNote().get().contains("not in force"), v.inForceNote().get());
        vm.fields().incident().set("2018");
        assertEquals(ViolationInForceStatus.POSSIBLY_IN_FORCE, v.provision().get().status());
        assertFalse(vm.violations().reasonsFor(v).isEmpty());
    }

    @Test
    void aPersonAlreadyInTheVaultIsFoundByNameAndAddedOnce() {
        ReferenceRepository ref = new ReferenceRepository(vault);
        new CaseRepository(vault, EditorTestContext.CLOCK).save(SampleCases.i89RoadsideHold(ref));
        CaseEditorViewModel vm = editor(Locale.ENGLISH, null);
        vm.people().search().set("güem");
        vm.people().runSearch();
        assertEquals(1, vm.people().matches().size());
        Person maria = vm.people().matches().get(0);
        vm.people().addExisting(maria, PartyRole.WITNESS);
        vm.people().addExisting(maria, PartyRole.WITNESS);
        assertEquals(1, vm.people().rows().size());
        assertTrue(vm.people().rows().get(0).existing());
        vm.fields().title().set("Second stop");
        vm.save(null);
        CaseRecord stored = new CaseRepository(vault, EditorTestContext.CLOCK).load(vm.reference().get()).orElseThrow();
        assertEquals(maria.id(), stored.parties().get(0).person().id());
    }

    @Test
    void aPersonsContactBirthYearAndOtherDetailsAreSavedAndReadBack() {
        CaseEditorViewModel vm = editor(Locale.ENGLISH, null);
        vm.fields().title().set("Stop near Swanton");
        vm.people().addNew("José Ángel Núñez", PartyRole.AFFECTED);
        vm.save(null);
        assertEquals(1, saves.get());
        assertFalse(vm.dirty().get());

        PartyRow saved = vm.people().rows().get(0);
        saved.contact().set("802-555-0142, 12 Lake St, St. Albans");
        assertTrue(vm.dirty().get(), "editing the contact marks the case unsaved");
        saved.birthYear().set(" 1988 ");
        saved.otherNames().set("Pepe, Jose Nunez");
        saved.preferredLanguage().set("Spanish");
        saved.personNotes().set("Prefers calls after 6 pm");
        vm.save(null);
        assertEquals(2, saves.get());
        assertFalse(vm.dirty().get());

        Person stored = new CaseRepository(vault, EditorTestContext.CLOCK).load(vm.reference().get()).orElseThrow()
                .parties().get(0).person();
        assertEquals("802-555-0142, 12 Lake St, St. Albans", stored.contact());
        assertEquals(1988, stored.birthYear());
        assertEquals("Pepe, Jose Nunez", stored.otherNames());
        assertEquals("Spanish", stored.preferredLanguage());
        assertEquals("Prefers calls after 6 pm", stored.notes());

        CaseEditorViewModel reopened = editor(Locale.ENGLISH, vm.reference().get());
        PartyRow row = reopened.people().rows().get(0);
        assertEquals("802-555-0142, 12 Lake St, St. Albans", row.contact().get());
        assertEquals("1988", row.birthYear().get());
        assertEquals("Pepe, Jose Nunez", row.otherNames().get());
        assertEquals("Spanish", row.preferredLanguage().get());
        assertEquals("Prefers calls after 6 pm", row.personNotes().get());
        assertFalse(reopened.dirty().get());

        row.contact().set("");
        row.birthYear().set("");
        reopened.save(null);
        Person cleared = new CaseRepository(vault, EditorTestContext.CLOCK).load(vm.reference().get()).orElseThrow()
                .parties().get(0).person();
        assertNull(cleared.contact());
        assertNull(cleared.birthYear());
    }

    @Test
    void aBirthYearThatIsNotAFourDigitYearUpToThisYearBlocksSavingWithAMessage() {
        for (Locale l : List.of(Locale.ENGLISH, new Locale("es"))) {
            CaseEditorViewModel vm = editor(l, null);
            vm.fields().title().set("Stop near Swanton");
            PartyRow p = vm.people().addNew("María Güemes", PartyRole.DRIVER);
            p.contact().set("802-555-0199");
            for (String bad : List.of("88", "1899", "2027", "19ab", "１９８８")) {
                p.birthYear().set(bad);
                vm.save(null);
                assertEquals(0, saves.get(), bad);
                assertEquals("", vm.reference().get(), bad);
                String expected = l.getLanguage().equals("es")
                        ? "Escriba un año de cuatro cifras entre 1900 y 2026, o déjelo vacío."
                        : "Write a year of four digits from 1900 to 2026, or leave it empty.";
                assertEquals(expected, p.errors().text("birthYear"), bad);
                assertEquals(vm.words().get("editor.fixProblems"), vm.message().get());
            }
            assertEquals("802-555-0199", p.contact().get(), "nothing typed is lost");
            p.birthYear().set("2026");
            assertEquals("", p.errors().text("birthYear"));
            vm.save(null);
            assertEquals(1, saves.getAndSet(0));
            assertEquals(2026, new CaseRepository(vault, EditorTestContext.CLOCK).load(vm.reference().get())
                    .orElseThrow().parties().get(0).person().birthYear());
        }
    }

    @Test
    void filingsShowTheVenueDeadlineForTheIncidentDate() {
        CaseEditorViewModel vm = editor(Locale.ENGLISH, null);
        vm.fields().incident().set("2019-03-14");
        FilingRow f = vm.filings().add();
        f.venue().set(vm.filings().venues().stream().filter(v -> v.name().equals("Vermont Human Rights Commission"))
                .findFirst().orElseThrow());
        assertEquals("Deadline: " + DateText.show(LocalDate.of(2020, 3, 14), Locale.ENGLISH), f.deadline().get());
        vm.fields().incident().set("spring 2019");
        assertTrue(f.deadline().get().contains("Approximate"), f.deadline().get());
    }

    @Test
    void datesShownInTheFormAreReadBackTheSameInBothLanguages() {
        for (Locale l : List.of(Locale.ENGLISH, new Locale("es"))) {
            for (String iso : List.of("2019-03-14", "2019-03", "spring 2019", "2019")) {
                var d = org.amparo.domain.ApproximateDateText.parse(iso).orElseThrow();
                assertEquals(d, DateText.approximate(DateText.show(d, l), l).value(), iso + " in " + l);
            }
        }
    }
}
