package org.amparo.service.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Person;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.files.AtomicFile;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.transfer.VaultContent;
import org.amparo.store.vault.Vault;

/**
 * Exports a vault's content, or some of its cases, to Amparo's JSON exchange format (docs/format.md). Cases
 * and people are streamed one at a time; the file is written beside its destination and renamed at the end.
 */
public final class JsonExport {
    private final Vault vault;
    private final Clock clock;

    public JsonExport(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Writes the whole vault (no references given: every case, the trash included, every person and every
     * reference row) or the named cases with the people and reference rows they use.
     */
    public ExportSummary export(Path file, List<String> references, TransferProgress progress)
            throws JsonTransferException {
        CaseRepository cases = new CaseRepository(vault, clock);
        VaultContent content = new VaultContent(vault);
        ExportReference all = ExportReference.load(new ReferenceRepository(vault));
        boolean whole = references == null || references.isEmpty();
        List<CaseRecord> selected = whole ? List.of() : selected(cases, references);
        ExportReference ref = whole ? all : all.usedBy(selected);
        long[] counts = new long[2];
        try {
            AtomicFile.write(file, out -> {
                try (JsonGenerator g = generator(out)) {
                    CaseJsonWriter writer = new CaseJsonWriter(g, ref);
                    g.writeStartObject();
                    g.writeStringField("format", JsonFormat.FORMAT);
                    g.writeNumberField("version", JsonFormat.VERSION);
                    g.writeStringField("exported_at", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
                    new ReferenceJsonWriter(g, ref).write();
                    g.writeArrayFieldStart("people");
                    counts[1] = whole ? writeAllPeople(content, writer) : writePeople(selected, writer);
                    g.writeEndArray();
                    g.writeArrayFieldStart("cases");
                    counts[0] = whole ? writeAllCases(cases, content, writer, progress)
                            : writeCases(cases, selected, writer, progress);
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
            });
        } catch (UncheckedIOException e) {
            throw cannotWrite(file);
        } catch (IOException e) {
            throw cannotWrite(file);
        } catch (CancellationException e) {
            throw new JsonTransferException(new TransferMessage("", "json.cancelled"));
        }
        return new ExportSummary(counts[0], counts[1]);
    }

    private static List<CaseRecord> selected(CaseRepository cases, List<String> references)
            throws JsonTransferException {
        Map<String, CaseRecord> found = new LinkedHashMap<>();
        List<TransferMessage> missing = new ArrayList<>();
        for (String r : references) {
            Optional<CaseRecord> c = cases.load(r.trim());
            if (c.isPresent()) {
                found.putIfAbsent(c.get().reference(), c.get());
            } else {
                missing.add(new TransferMessage("", "cli.case.notFound", r));
            }
        }
        if (!missing.isEmpty()) {
            throw new JsonTransferException(missing);
        }
        return List.copyOf(found.values());
    }

    private static long writeAllPeople(VaultContent content, CaseJsonWriter writer) {
        long[] n = new long[1];
        content.forEachPerson(p -> {
            try {
                writer.writePerson(p);
                n[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n[0];
    }

    private static long writePeople(List<CaseRecord> selected, CaseJsonWriter writer) throws IOException {
        Map<Integer, Person> people = new LinkedHashMap<>();
        for (CaseRecord c : selected) {
            for (CaseParty p : c.parties()) {
                people.putIfAbsent(p.person().pseudonymNo(), p.person());
            }
        }
        List<Person> sorted = people.values().stream().sorted(Comparator.comparingInt(Person::pseudonymNo)).toList();
        for (Person p : sorted) {
            writer.writePerson(p);
        }
        return sorted.size();
    }

    private static long writeAllCases(CaseRepository cases, VaultContent content, CaseJsonWriter writer,
                                      TransferProgress progress) throws IOException {
        long[] ids = content.caseIds();
        Set<Long> trashed = content.trashedCaseIds();
        long n = 0;
        for (long id : ids) {
            Optional<CaseRecord> c = cases.load(id);
            if (c.isPresent()) {
                writer.writeCase(c.get(), trashed.contains(id));
                step(progress, ++n, ids.length);
            }
        }
        return n;
    }

    private static long writeCases(CaseRepository cases, List<CaseRecord> selected, CaseJsonWriter writer,
                                   TransferProgress progress) throws IOException {
        long n = 0;
        for (CaseRecord c : selected) {
            writer.writeCase(c, cases.isInTrash(c.reference()));
            step(progress, ++n, selected.size());
        }
        return n;
    }

    private static void step(TransferProgress progress, long done, long total) {
        if (!progress.casesDone(done, total)) {
            throw new CancellationException();
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indent).withArrayIndenter(indent));
        return g;
    }

    private static JsonTransferException cannotWrite(Path file) {
        return new JsonTransferException(new TransferMessage("", "json.export.cannotWrite", file.toString()));
    }
}
