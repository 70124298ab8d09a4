package org.amparo.service.json;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseReference;
import org.amparo.domain.Person;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.transfer.ImportWriter;
import org.amparo.store.transfer.VaultContent;
import org.amparo.store.vault.Vault;

/**
 * Imports a JSON exchange file (docs/format.md) into a vault, all or nothing. The whole file is checked
 * first — every problem is collected with where it is — and nothing is written when there is any. Then
 * everything is written in one transaction: reference rows and people matched by key or name (created when
 * unknown), and the cases. A case whose reference the vault already has is skipped when the titles are the
 * same (it is that case) and imported under the next free reference of its year otherwise.
 */
public final class JsonImport {
    private final Vault vault;
    private final Clock clock;

    public JsonImport(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** Checks the file and, unless {@code checkOnly}, imports it. Throws with every problem when there is any. */
    public ImportSummary importFile(Path file, boolean checkOnly, TransferProgress progress)
            throws JsonTransferException {
        List<TransferMessage> problems = new ArrayList<>();
        List<TransferMessage> notes = new ArrayList<>();
        JsonFileReader reader = new JsonFileReader(file);
        reader.checkHeader(problems);

        FileReference fileRef = new ReferenceJsonReader(problems).read(reader.reference());
        ReferencePlan reference = new ReferencePlan(fileRef, new ReferenceRepository(vault));
        reference.check(problems);

        PeoplePlan people = new PeoplePlan();
        if (!reader.forEach("people", (i, node) -> people.read(i, node, problems))) {
            problems.add(new TransferMessage("people", "json.problem.notArray"));
        }

        VaultContent content = new VaultContent(vault);
        CaseNumbers numbers = new CaseNumbers(content);
        CaseJsonReader checker = new CaseJsonReader(checkingKeys(reference, people), problems);
        long[] total = {0};
        if (!reader.forEach("cases", (i, node) -> {
            CaseJsonReader.FileCase c = checker.read(i, node);
            if (c != null) {
                numbers.check("cases[" + i + "]", c.record(), problems);
            }
            total[0]++;
            if (!progress.casesDone(0, -1)) {
                throw new JsonTransferException(new TransferMessage("", "json.cancelled"));
            }
        })) {
            problems.add(new TransferMessage("cases", "json.problem.notArray"));
        }
        if (!problems.isEmpty()) {
            throw new JsonTransferException(problems);
        }

        people.match(content, notes);
        numbers.assign(notes);
        try {
            return ImportWriter.inOneTransaction(vault, clock, w -> {
                ImportSummary s = write(w, reader, reference, people, numbers, notes, checkOnly, total[0], progress);
                if (checkOnly) {
                    throw new CheckedOnly(s);
                }
                return s;
            });
        } catch (CheckedOnly e) {
            return e.summary;
        } catch (CancellationException e) {
            throw new JsonTransferException(new TransferMessage("", "json.cancelled"));
        } catch (WriteFailure e) {
            throw e.failure;
        }
    }

    private ImportSummary write(ImportWriter w, JsonFileReader reader, ReferencePlan reference, PeoplePlan people,
                                CaseNumbers numbers, List<TransferMessage> notes, boolean checkOnly, long total,
                                TransferProgress progress) {
        ReferenceIds ids = reference.write(w, notes);
        people.write(w);
        List<TransferMessage> unexpected = new ArrayList<>();
        CaseJsonReader cases = new CaseJsonReader(writingKeys(ids, people), unexpected);
        long[] counts = new long[3];
        try {
            reader.forEach("cases", (i, node) -> {
                CaseJsonReader.FileCase c = cases.read(i, node);
                if (c == null) {
                    throw new JsonTransferException(unexpected);
                }
                CaseRecord r = c.record();
                Optional<String> target = numbers.referenceFor(r.reference());
                if (target.isEmpty()) {
                    counts[1]++;
                } else {
                    if (!target.get().equals(r.reference())) {
                        counts[2]++;
                    }
                    w.saveCase(withReference(r, target.get()), c.inTrash());
                    counts[0]++;
                }
                if (!progress.casesDone(counts[0] + counts[1], total)) {
                    throw new CancellationException();
                }
            });
        } catch (JsonTransferException e) {
            throw new WriteFailure(e);
        }
        return new ImportSummary(checkOnly, counts[0], counts[1], counts[2], people.created(), people.matched(),
                ids.newAgencies, ids.newOfficers, ids.newPolicies, ids.newProvisions, ids.newVenues, ids.newAdoptions,
                ids.completed, notes);
    }

    private static KeyResolver checkingKeys(ReferencePlan reference, PeoplePlan people) {
        return new KeyResolver() {
            @Override
            public Long agency(String name) {
                return reference.knowsAgency(name) ? 0L : null;
            }

            @Override
            public Long officer(String key) {
                return reference.knowsOfficer(key) ? 0L : null;
            }

            @Override
            public Long provision(String key) {
                return reference.knowsProvision(key) ? 0L : null;
            }

            @Override
            public Long venue(String name) {
                return reference.knowsVenue(name) ? 0L : null;
            }

            @Override
            public Person person(String key) {
                return people.standIn(key);
            }
        };
    }

    private static KeyResolver writingKeys(ReferenceIds ids, PeoplePlan people) {
        return new KeyResolver() {
            @Override
            public Long agency(String name) {
                return ids.agencies.get(name);
            }

            @Override
            public Long officer(String key) {
                return ids.officers.get(key);
            }

            @Override
            public Long provision(String key) {
                return ids.provisions.get(key);
            }

            @Override
            public Long venue(String name) {
                return ids.venues.get(name);
            }

            @Override
            public Person person(String key) {
                return people.written(key);
            }
        };
    }

    private static CaseRecord withReference(CaseRecord c, String reference) {
        return new CaseRecord(null, reference, c.title(), c.status(), c.incidentDate(), c.place(), c.narrative(),
                c.intakeDate(), c.outcome(), c.settlementAmount(), c.settlementDate(), c.tags(), c.parties(),
                c.violations(), c.events(), c.filings());
    }

    /**
     * The references the file's cases get: their own; none (skipped) when the vault already has that case;
     * the next free number of the same year when the vault has another case under that reference.
     */
    private static final class CaseNumbers {
        private final VaultContent content;
        private final Map<String, String> seen = new LinkedHashMap<>();
        private final Set<String> skipped = new HashSet<>();
        private final Map<String, String> taken = new HashMap<>();
        private final Map<String, String> renumbered = new HashMap<>();
        private final Map<Integer, Integer> highest = new HashMap<>();

        CaseNumbers(VaultContent content) {
            this.content = content;
        }

        void check(String path, CaseRecord c, List<TransferMessage> problems) {
            String ref = c.reference();
            String first = seen.putIfAbsent(ref, path);
            if (first != null) {
                problems.add(new TransferMessage(path + ".reference", "json.problem.duplicate", ref, first));
                return;
            }
            CaseReference r = CaseReference.parse(ref);
            highest.merge(r.year(), r.number(), Math::max);
            content.caseTitle(ref).ifPresent(title -> {
                if (title.trim().equals(c.title().trim())) {
                    skipped.add(ref);
                } else {
                    taken.put(ref, path);
                }
            });
        }

        void assign(List<TransferMessage> notes) {
            seen.forEach((ref, path) -> {
                if (skipped.contains(ref)) {
                    notes.add(new TransferMessage(path, "json.note.caseSkipped", ref));
                }
            });
            taken.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                CaseReference r = CaseReference.parse(e.getKey());
                int next = Math.max(highest.getOrDefault(r.year(), 0), content.highestCaseNumber(r.year())) + 1;
                highest.put(r.year(), next);
                String fresh = new CaseReference(r.year(), next).toString();
                renumbered.put(e.getKey(), fresh);
                notes.add(new TransferMessage(e.getValue(), "json.note.caseRenumbered", e.getKey(), fresh));
            });
        }

        /** The reference to import the case under; empty when it is skipped. */
        Optional<String> referenceFor(String ref) {
            if (skipped.contains(ref)) {
                return Optional.empty();
            }
            return Optional.of(renumbered.getOrDefault(ref, ref));
        }
    }

    /** Ends a check-only run: the transaction is rolled back and the summary handed out. */
    private static final class CheckedOnly extends RuntimeException {
        final transient ImportSummary summary;

        CheckedOnly(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    /** A problem found while writing (the file changed after it was checked): rolls everything back. */
    private static final class WriteFailure extends RuntimeException {
        final transient JsonTransferException failure;

        WriteFailure(JsonTransferException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }
}
