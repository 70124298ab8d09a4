package org.amparo.ui.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.domain.CaseRecord;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;
import org.amparo.ui.editor.EditorTestContext;
import org.amparo.ui.editor.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aDeletedCaseIsListedInTheTrashAndRestoredToTheCaseList() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRepository cases = new CaseRepository(v, EditorTestContext.CLOCK);
            CaseRecord i89 = cases.save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            cases.save(SampleCases.farmworkerSettlement(new ReferenceRepository(v)));
            assertTrue(cases.moveToTrash(i89.reference()));
            AtomicInteger notices = new AtomicInteger();
            TrashViewModel vm = new TrashViewModel(EditorTestContext.over(v, BackgroundWork.immediate(),
                    new Locale("es"), notices));
            vm.refresh();
            assertEquals(1, vm.rows().size());
            assertEquals(i89.reference(), vm.rows().get(0).reference());
            assertEquals("1 caso(s) en la papelera.", vm.message().get());

            vm.restore(vm.rows().get(0));

            assertTrue(vm.rows().isEmpty());
            assertEquals(1, notices.get());
            assertFalse(cases.isInTrash(i89.reference()));
            assertEquals(2, cases.count());
            assertEquals("El caso 2019-0001 volvió a la lista de casos.", vm.message().get());
        }
    }

    @Test
    void deletingForeverRemovesTheCaseForGood() throws Exception {
        try (Vault v = TestVaults.create(dir.resolve("v"))) {
            CaseRepository cases = new CaseRepository(v, EditorTestContext.CLOCK);
            CaseRecord i89 = cases.save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
            cases.moveToTrash(i89.reference());
            TrashViewModel vm = new TrashViewModel(EditorTestContext.over(v, BackgroundWork.immediate(),
                    Locale.ENGLISH, new AtomicInteger()));
            vm.refresh();
            vm.deleteForever(vm.rows().get(0));
            assertTrue(cases.load(i89.reference()).isEmpty());
            vm.refresh();
            assertEquals("The trash is empty.", vm.message().get());
        }
    }
}
