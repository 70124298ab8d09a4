package org.amparo.service.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.amparo.service.Messages;
import org.amparo.store.vault.Vault;
import org.amparo.testing.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonImportProblemsTest {
    @TempDir
    Path dir;

    private Path good;
    private final Messages english = new Messages(Locale.ENGLISH);

    @BeforeEach
    void export() throws Exception {
        good = dir.resolve("good.json");
        try (Vault a = TestVaults.create(dir.resolve("a"))) {
            JsonSamples.fill(a);
            new JsonExport(a, JsonSamples.CLOCK).export(good, List.of(), TransferProgress.NONE);
        }
    }

    @Test
    void everyProblemIsReportedWithWhereItIsAndNothingIsWritten() throws Exception {
        ObjectNode root = (ObjectNode) JsonSamples.read(good);
        ArrayNode cases = (ArrayNode) root.get("cases");
        int hold = indexOf(cases, "2019-0001");
        int farm = indexOf(cases, "2017-0001");
        ObjectNode c0 = (ObjectNode) cases.get(hold);
        c0.put("incident_date", "2019-02-30");
        ((ObjectNode) c0.get("parties").get(1)).put("person", "P-99");
        ((ObjectNode) c0.get("events").get(0)).put("violation", 7);
        ((ObjectNode) c0.get("events").get(1)).put("kind", "interrogation");
        ObjectNode c1 = (ObjectNode) cases.get(farm);
        ((ObjectNode) c1.get("violations").get(0)).put("provision", "VT-MODEL-2018/foo");
        c1.put("settlement_amount", "35,000");
        c1.put("colour", "red");
        ((ObjectNode) root.get("reference").get("adoptions").get(0)).put("agency", "Nowhere Police");
        ((ObjectNode) root.get("people").get(0)).put("birth_year", 1850);
        Path bad = dir.resolve("bad.json");
        JsonSamples.write(bad, root);

        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            int[] before = JsonRoundTripTest.counts(b);
            JsonTransferException e = assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(bad, false, TransferProgress.NONE));
            List<String> lines = e.problems().stream().map(m -> m.render(english)).toList();
            String h = "cases[" + hold + "]";
            String f = "cases[" + farm + "]";
            assertEquals(List.of(
                    "reference.adoptions[0].agency: unknown agency Nowhere Police",
                    "people[0].birth_year: 1850 is out of range (1900 to 2100)",
                    h + ".incident_date: not a date: 2019-02-30 (write 2019-03-14, 2019-03, spring 2019 or 2019)",
                    h + ".parties[1].person: unknown person P-99 (not in \"people\")",
                    h + ".events[0].violation: no violation 7 in this case (it has 2; they count from 0)",
                    h + ".events[1].kind: unknown value interrogation (one of: stop, id_demand, status_question, "
                            + "call_to_immigration, hold, transfer, detention, release, deportation, complaint_filed, "
                            + "response, settlement, other)",
                    f + ".settlement_amount: not an amount: 35,000 (write digits with at most 2 decimals, "
                            + "e.g. \"35000.00\")",
                    f + ".violations[0].provision: unknown provision VT-MODEL-2018/foo",
                    f + ".colour: unknown field (not part of this format version)"), sorted(lines, h, f));
            int[] after = JsonRoundTripTest.counts(b);
            assertEquals(List.of(before[0], before[1], before[2], before[3], before[4]),
                    List.of(after[0], after[1], after[2], after[3], after[4]), "nothing was written");
        }
    }

    @Test
    void duplicateReferencesAndMissingFieldsAreProblems() throws Exception {
        ObjectNode root = (ObjectNode) JsonSamples.read(good);
        ArrayNode cases = (ArrayNode) root.get("cases");
        cases.add(cases.get(0).deepCopy());
        ((ObjectNode) cases.get(1)).remove("title");
        ((ObjectNode) cases.get(2)).put("reference", "19-1");
        Path bad = dir.resolve("bad.json");
        JsonSamples.write(bad, root);
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            JsonTransferException e = assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(bad, false, TransferProgress.NONE));
            List<String> lines = e.problems().stream().map(m -> m.render(english)).toList();
            String ref = cases.get(0).get("reference").asText();
            assertEquals(List.of("cases[1].title: missing", "cases[2].reference: not a case reference: 19-1 "
                    + "(write YYYY-NNNN)", "cases[3].reference: " + ref + " appears twice (first at cases[0])"), lines);
            assertEquals(0, JsonRoundTripTest.counts(b)[0]);
        }
    }

    @Test
    void aFileFromANewerAmparoIsRefusedWithAClearMessage() throws Exception {
        ObjectNode root = (ObjectNode) JsonSamples.read(good);
        root.put("version", 2);
        root.put("something_new", true);
        Path newer = dir.resolve("newer.json");
        JsonSamples.write(newer, root);
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            JsonTransferException e = assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(newer, false, TransferProgress.NONE));
            assertEquals(1, e.problems().size(), "only the version: the rest may mean something else in version 2");
            assertEquals("This file was written by a newer Amparo (format version 2; this Amparo reads up to "
                    + "version 1). Install the newest Amparo to import it. Nothing was imported.",
                    e.problems().get(0).render(english));
            assertEquals(0, JsonRoundTripTest.counts(b)[0]);
        }
    }

    @Test
    void malformedJsonGivesTheLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"amparo-vault\",\n  \"version\": 1,\n  \"cases\": [ {\"title\": }\n");
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            JsonTransferException e = assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(broken, false, TransferProgress.NONE));
            assertEquals(List.of("The file is not valid JSON (line 4, column 24). Nothing was imported."),
                    e.problems().stream().map(m -> m.render(english)).toList());
        }
    }

    @Test
    void aJsonFileThatIsNotAnAmparoFileIsRefused() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"something else\"}");
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            JsonTransferException e = assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(other, false, TransferProgress.NONE));
            assertEquals("json.notAmparo", e.problems().get(0).key());
        }
    }

    @Test
    void problemsReadInSpanish() throws Exception {
        ObjectNode root = (ObjectNode) JsonSamples.read(good);
        ((ObjectNode) root.get("cases").get(0)).put("incident_date", "2019-02-30");
        Path bad = dir.resolve("bad.json");
        JsonSamples.write(bad, root);
        try (Vault b = TestVaults.create(dir.resolve("b"))) {
            JsonTransferException e = assertThrows(JsonTransferException.class,
                    () -> new JsonImport(b, JsonSamples.CLOCK).importFile(bad, false, TransferProgress.NONE));
            String line = e.problems().get(0).render(new Messages(new Locale("es")));
            assertTrue(line.startsWith("cases[0].incident_date: no es una fecha: 2019-02-30"), line);
        }
    }

    private static int indexOf(ArrayNode cases, String reference) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).get("reference").asText().equals(reference)) {
                return i;
            }
        }
        throw new AssertionError(reference);
    }

    /** Reference and people problems first, then the two cases' problems in the order the file has them. */
    private static List<String> sorted(List<String> lines, String hold, String farm) {
        List<String> out = new java.util.ArrayList<>(lines.stream().filter(l -> !l.startsWith("cases")).toList());
        out.addAll(lines.stream().filter(l -> l.startsWith(hold)).toList());
        out.addAll(lines.stream().filter(l -> l.startsWith(farm)).toList());
        assertEquals(lines.size(), out.size(), String.join("\n", lines));
        return out;
    }
}
