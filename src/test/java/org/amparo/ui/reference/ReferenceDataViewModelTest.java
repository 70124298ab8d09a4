package org.amparo.ui.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseTitle;
import org.amparo.domain.Certainty;
import org.amparo.domain.DatePrecision;
import org.amparo.domain.PolicyInForce;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.ui.editor.BackgroundWork;
import org.amparo.ui.editor.EditorTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataViewModelTest {
    @TempDir
    Path dir;
    Vault vault;
    ReferenceDataViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vault = TestVaults.create(dir.resolve("v"));
        vm = new ReferenceDataViewModel(EditorTestContext.over(vault, BackgroundWork.immediate(), Locale.ENGLISH,
                new AtomicInteger()));
        vm.refresh();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private Agency agency(String name) {
        return vm.agencies().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void editingAShippedAgencyMarksItAsTheUsersSoShippedDataNeverOverwritesIt() {
        Agency franklin = agency("Franklin County Sheriff's Department");
        assertTrue(franklin.shipped());
        assertFalse(franklin.userEdited());
        vm.editAgency(franklin);
        vm.agency().notes().set("Patrols I-89 near St. Albans");
        vm.saveAgency();
        Agency saved = agency("Franklin County Sheriff's Department");
        assertTrue(saved.userEdited());
        assertEquals("Patrols I-89 near St. Albans", saved.notes());
        assertEquals("Saved: Franklin County Sheriff's Department.", vm.message().get());
    }

    @Test
    void anAgencyNeedsANameAndCannotBeInsideItself() {
        vm.editAgency(null);
        vm.saveAgency();
        assertEquals("Enter a name.", vm.agency().error().get());
        Agency state = agency("Vermont State Police");
        Agency barracks = agency("Vermont State Police - St. Albans Barracks");
        vm.editAgency(state);
        vm.agency().parent().set(barracks);
        vm.saveAgency();
        assertTrue(vm.agency().error().get().startsWith("An agency cannot be inside itself"),
                vm.agency().error().get() + " parent of barracks: " + barracks.parentId() + " state: " + state.id());
        assertEquals(null, agency("Vermont State Police").parentId());
    }

    @Test
    void aNewLocalPolicyWithItsSectionsAndAnAdoptionIsSaved() {
        vm.editVersion(null);
        vm.saveProvision();
        assertTrue(vm.provision().error().get().startsWith("Save the policy version first"));
        vm.policy().key().set("BPD-2019");
        vm.policy().name().set("Burlington Police Department FIPP (2019)");
        vm.policy().scope().set(PolicyScope.LOCAL);
        vm.saveVersion();
        PolicyVersion bpd = vm.versions().stream().filter(v -> v.key().equals("BPD-2019")).findFirst().orElseThrow();
        vm.editProvision(null);
        vm.provision().topic().set("prolonged-stop");
        vm.provision().section().set("IV.B");
        vm.provision().title().set("No prolonging stops for immigration");
        vm.saveProvision();
        assertEquals(List.of("IV.B"), vm.provisions().stream().map(p -> p.sectionRef()).toList());
        vm.provision().section().set("IV.B.2");
        vm.saveProvision();
        assertEquals(List.of("IV.B.2"), vm.provisions().stream().map(p -> p.sectionRef()).toList());

        vm.editAdoption(null);
        vm.adoption().agency().set(agency("Burlington Police Department"));
        vm.adoption().version().set(bpd);
        vm.adoption().from().set("March 2019");
        vm.adoption().to().set("someday");
        vm.saveAdoption();
        assertTrue(vm.adoption().error().get().startsWith("Write one day"));
        vm.adoption().to().set("");
        vm.adoption().source().set("City council minutes");
        vm.adoption().certainty().set(Certainty.CONFIRMED);
        vm.saveAdoption();
        AdoptionRow row = vm.adoptions().stream().filter(r -> r.version().key().equals("BPD-2019")).findFirst()
                .orElseThrow();
        assertEquals("City council minutes", row.source());
        assertEquals(DatePrecision.MONTH, row.adoption().adoptedFrom().precision());
        assertEquals(LocalDate.of(2019, 3, 1), row.adoption().adoptedFrom().earliest());
        assertEquals(Certainty.CONFIRMED, row.adoption().certainty());
    }

    @Test
    void anOfficerShowsTheCasesThatNameThem() {
        CaseRecord saved = new CaseRepository(vault, EditorTestContext.CLOCK)
                .save(SampleCases.i89RoadsideHold(new ReferenceRepository(vault)));
        vm.refresh();
        long deputy = saved.violations().get(0).officerId();
        vm.editOfficer(vm.officers().stream().filter(o -> o.id() == deputy).findFirst().orElseThrow());
        assertEquals(List.of(new CaseTitle("2019-0001", "I-89 roadside hold for Border Patrol")), vm.officer().cases());
        assertEquals("Franklin County Sheriff's Department", vm.officer().agency().get().name());
    }

    private List<String> inForce(Agency a, LocalDate day) {
        return new PolicyInForce(List.copyOf(vm.versions()))
                .forAgency(a.id(), vm.adoptions().stream().map(AdoptionRow::adoption).toList(),
                        ApproximateDate.day(day))
                .candidates().stream().map(PolicyVersion::key).toList();
    }

    @Test
    void deletingAShippedAdoptionChangesThePolicyInForceAndItDoesNotComeBack() throws Exception {
        Agency winooski = agency("Winooski Police Department");
        LocalDate incident = LocalDate.of(2020, 6, 1);
        assertEquals(List.of("VT-ENHANCED"), inForce(winooski, incident));
        assertFalse(vm.adoptionDeletable().get(), "nothing chosen yet");
        assertEquals("", vm.deleteAdoptionQuestion());
        AdoptionRow row = vm.adoptions().stream().filter(r -> r.agency().id().equals(winooski.id())).findFirst()
                .orElseThrow();
        vm.editAdoption(row);
        assertTrue(vm.adoptionDeletable().get());
        assertTrue(vm.deleteAdoptionQuestion().startsWith(
                "Delete the adoption Winooski Police Department \u2014 VT-ENHANCED?"), vm.deleteAdoptionQuestion());

        vm.deleteAdoption();
        assertEquals("Deleted: Winooski Police Department \u2014 VT-ENHANCED.", vm.message().get());
        assertEquals(8, vm.adoptions().size());
        assertTrue(vm.adoptions().stream().noneMatch(r -> r.agency().id().equals(winooski.id())));
        assertEquals(List.of("VT-MODEL-2018"), inForce(winooski, incident), "the statewide model binds again");
        assertFalse(vm.adoptionDeletable().get());
        assertEquals(null, vm.adoption().agency().get(), "the form is empty again");

        vault.close();
        vault = TestVaults.open(dir.resolve("v"));
        vm = new ReferenceDataViewModel(EditorTestContext.over(vault, BackgroundWork.immediate(), Locale.ENGLISH,
                new AtomicInteger()));
        vm.refresh();
        assertEquals(8, vm.adoptions().size(), "the seeder does not bring it back");
    }

    @Test
    void anAdoptionJustSavedCanBeDeletedAndTheSpanishQuestionNamesIt() {
        vm = new ReferenceDataViewModel(EditorTestContext.over(vault, BackgroundWork.immediate(), new Locale("es"),
                new AtomicInteger()));
        vm.refresh();
        vm.editAdoption(null);
        vm.adoption().agency().set(agency("Franklin County Sheriff's Department"));
        vm.adoption().version().set(vm.versions().stream().filter(v -> v.key().equals("VT-ENHANCED")).findFirst()
                .orElseThrow());
        vm.adoption().from().set("2021");
        vm.saveAdoption();
        assertEquals(10, vm.adoptions().size());
        assertTrue(vm.adoptionDeletable().get(), "the saved adoption is the one shown");
        assertTrue(vm.deleteAdoptionQuestion().startsWith(
                "\u00bfEliminar la adopci\u00f3n Franklin County Sheriff's Department \u2014 VT-ENHANCED?"),
                vm.deleteAdoptionQuestion());
        vm.deleteAdoption();
        assertEquals(9, vm.adoptions().size());
        assertEquals("Eliminado: Franklin County Sheriff's Department \u2014 VT-ENHANCED.", vm.message().get());
    }
}
