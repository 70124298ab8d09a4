package org.amparo.service.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.amparo.domain.CaseRecord;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.transfer.VaultContent;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void exportingImportingIntoANewVaultAndExportingAgainGivesTheSameContent() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            ExportSummary s = new JsonExport(a, JsonSamples.CLOCK).export(first, List.of(), TransferProgress.NONE);
            assertEquals(3, s.cases());
            assertEquals(4, s.people());
        }
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            ImportSummary s = new JsonImport(b, JsonSamples.CLOCK).importFile(first, false, TransferProgress.NONE);
            assertEquals(3, s.cases());
            assertEquals(4, s.newPeople());
            assertEquals(1, s.newAgencies());
            assertEquals(2, s.newOfficers(), "the deputy and the town officer: no officers are shipped");
            assertTrue(new IntegrityCheck(b).run().ok(), "the imported vault passes the integrity check");
            CaseRepository cases = new CaseRepository(b, JsonSamples.CLOCK);
            assertEquals(2, cases.count(), "the trashed case stays in the trash");
            CaseRecord hold = cases.load("2019-0001").orElseThrow();
            assertEquals("José Ángel Núñez", hold.parties().get(0).person().name());
            assertEquals(1, hold.events().get(1).violationIndex());
            new JsonExport(b, JsonSamples.CLOCK).export(second, null, TransferProgress.NONE);
        }
        assertEquals(JsonSamples.content(first), JsonSamples.content(second));
        assertEquals(withoutExportedAt(first), withoutExportedAt(second), "byte for byte, but for exported_at");
    }

    @Test
    void theFileIsUtf8WithTheFormatTheVersionAndApproximateDatesAsWritten() throws Exception {
        Path file = dir.resolve("vault.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            new JsonExport(a, JsonSamples.CLOCK).export(file, List.of(), TransferProgress.NONE);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"José Ángel Núñez\""), "non-ASCII written as UTF-8, not escaped");
        JsonNode root = JsonSamples.read(file);
        assertEquals("amparo-vault", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        assertEquals("2026-11-30T12:00:00Z", root.get("exported_at").asText());
        JsonNode hold = caseNamed(root, "2019-0001");
        assertEquals("2019-03-14", hold.get("incident_date").asText());
        assertEquals("2019-06", hold.get("events").get(3).get("date").asText());
        assertEquals("VT-MODEL-2018/prolonged-stop", hold.get("violations").get(0).get("provision").asText());
        assertEquals("F-112", hold.get("violations").get(0).get("officer").get("badge").asText());
        assertEquals(0, hold.get("events").get(2).get("violation").asInt());
        assertEquals("Vermont Human Rights Commission", hold.get("filings").get(0).get("venue").asText());
        JsonNode farm = caseNamed(root, "2017-0001");
        assertEquals("spring 2017", farm.get("incident_date").asText());
        assertEquals("35000.00", farm.get("settlement_amount").asText());
        JsonNode trashed = caseNamed(root, "2021-0001");
        assertEquals("winter 2020", trashed.get("incident_date").asText());
        assertTrue(trashed.get("in_trash").asBoolean());
        JsonNode town = StreamSupport.stream(root.get("reference").get("agencies").spliterator(), false)
                .filter(a -> a.get("name").asText().equals("Policía de Montgomery Center")).findFirst().orElseThrow();
        assertEquals("Vermont State Police", town.get("parent_agency").asText());
        assertFalse(town.get("shipped").asBoolean());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temp file left");
    }

    @Test
    void importingTheSameFileTwiceDuplicatesNothing() throws Exception {
        Path file = dir.resolve("vault.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            new JsonExport(a, JsonSamples.CLOCK).export(file, List.of(), TransferProgress.NONE);
        }
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            JsonImport importer = new JsonImport(b, JsonSamples.CLOCK);
            importer.importFile(file, false, TransferProgress.NONE);
            int[] before = counts(b);
            ImportSummary again = importer.importFile(file, false, TransferProgress.NONE);
            assertEquals(0, again.cases());
            assertEquals(3, again.skipped());
            assertEquals(0, again.newPeople());
            assertEquals(4, again.matchedPeople());
            assertEquals(0, again.newAgencies() + again.newOfficers() + again.newProvisions() + again.newVenues()
                    + again.newPolicies() + again.newAdoptions());
            assertEquals(0, again.completedRows());
            assertEquals(before[0], counts(b)[0]);
            assertEquals(List.of(before[0], before[1], before[2], before[3], before[4]),
                    List.of(counts(b)[0], counts(b)[1], counts(b)[2], counts(b)[3], counts(b)[4]));
        }
    }

    @Test
    void aCaseWhoseReferenceIsTakenByAnotherCaseGetsTheNextFreeReference() throws Exception {
        Path file = dir.resolve("vault.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            new JsonExport(a, JsonSamples.CLOCK).export(file, List.of("2017-0001"), TransferProgress.NONE);
        }
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            CaseRepository cases = new CaseRepository(b, JsonSamples.CLOCK);
            cases.save(org.amparo.testing.SampleCases.farmworkerSettlement(new ReferenceRepository(b)));
            CaseRecord other = cases.load("2017-0001").orElseThrow();
            cases.save(new CaseRecord(other.id(), other.reference(), "Another case", other.status(),
                    other.incidentDate(), null, null, other.intakeDate(), null, null, null, List.of(), other.parties(),
                    List.of(), List.of(), List.of()));
            ImportSummary s = new JsonImport(b, JsonSamples.CLOCK).importFile(file, false, TransferProgress.NONE);
            assertEquals(1, s.cases());
            assertEquals(1, s.renumbered());
            assertEquals("Another case", cases.load("2017-0001").orElseThrow().title());
            assertEquals("Farmworker held for Border Patrol", cases.load("2017-0002").orElseThrow().title());
            assertTrue(s.notes().stream().anyMatch(n -> n.key().equals("json.note.caseRenumbered")));
            assertEquals(1, s.matchedPeople(), "Zoraida Peña is the vault's person, matched by name");
        }
    }

    @Test
    void exportingNamedCasesWritesOnlyThemWithThePeopleAndReferenceRowsTheyUse() throws Exception {
        Path file = dir.resolve("one.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            ExportSummary s = new JsonExport(a, JsonSamples.CLOCK).export(file, List.of("2021-0001"),
                    TransferProgress.NONE);
            assertEquals(1, s.cases());
            assertEquals(1, s.people());
        }
        JsonNode root = JsonSamples.read(file);
        assertEquals(1, root.get("cases").size());
        assertEquals("2021-0001", root.get("cases").get(0).get("reference").asText());
        assertEquals(Set.of("Ñusta Quispe Huamán"), names(root.get("people")));
        assertEquals(Set.of("Policía de Montgomery Center", "Vermont State Police"),
                names(root.get("reference").get("agencies")), "the agency used and its parent");
        assertEquals(1, root.get("reference").get("officers").size());
        assertEquals(1, root.get("reference").get("provisions").size());
        assertEquals(0, root.get("reference").get("venues").size());
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            ImportSummary s = new JsonImport(b, JsonSamples.CLOCK).importFile(file, false, TransferProgress.NONE);
            assertEquals(1, s.cases());
            assertTrue(new CaseRepository(b, JsonSamples.CLOCK).isInTrash("2021-0001"));
        }
    }

    @Test
    void aCheckOnlyImportWritesNothing() throws Exception {
        Path file = dir.resolve("vault.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            new JsonExport(a, JsonSamples.CLOCK).export(file, List.of(), TransferProgress.NONE);
        }
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            int[] before = counts(b);
            ImportSummary s = new JsonImport(b, JsonSamples.CLOCK).importFile(file, true, TransferProgress.NONE);
            assertTrue(s.checkOnly());
            assertEquals(3, s.cases());
            assertEquals(4, s.newPeople());
            assertEquals(List.of(before[0], before[1], before[2], before[3], before[4]),
                    List.of(counts(b)[0], counts(b)[1], counts(b)[2], counts(b)[3], counts(b)[4]));
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndACancelledImportWritesNothing() throws Exception {
        Path file = dir.resolve("vault.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            JsonTransferException e = org.junit.jupiter.api.Assertions.assertThrows(JsonTransferException.class,
                    () -> new JsonExport(a, JsonSamples.CLOCK).export(file, List.of(), (done, total) -> done < 2));
            assertEquals("json.cancelled", e.problems().get(0).key());
            assertEquals(List.of(), Files.list(dir).filter(Files::isRegularFile).toList(), "no file, no temp file");
            new JsonExport(a, JsonSamples.CLOCK).export(file, List.of(), TransferProgress.NONE);
        }
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            int[] before = counts(b);
            JsonTransferException e = org.junit.jupiter.api.Assertions.assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(file, false,
                            (done, total) -> total < 0 || done < 2));
            assertEquals("json.cancelled", e.problems().get(0).key());
            int[] after = counts(b);
            assertEquals(List.of(before[0], before[1], before[2], before[3], before[4]),
                    List.of(after[0], after[1], after[2], after[3], after[4]), "rolled back");
        }
    }

    /** Cases (trash included), people, agencies, officers, provisions. */
    static int[] counts(Vault v) {
        ReferenceRepository ref = new ReferenceRepository(v);
        return new int[] {new VaultContent(v).caseIds().length, new VaultContent(v).personCount(),
            ref.agencies().size(), ref.officers().size(), ref.provisions().size()};
    }

    private static JsonNode caseNamed(JsonNode root, String reference) {
        return StreamSupport.stream(root.get("cases").spliterator(), false)
                .filter(c -> c.get("reference").asText().equals(reference)).findFirst().orElseThrow();
    }

    private static Set<String> names(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("name").asText())
                .collect(Collectors.toSet());
    }

    private static String withoutExportedAt(Path file) throws Exception {
        return Files.readString(file).replaceAll("\"exported_at\": \"[^\"]*\"", "");
    }
}
