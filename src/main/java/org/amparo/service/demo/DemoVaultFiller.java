package org.amparo.service.demo;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.amparo.domain.Officer;
import org.amparo.store.cases.BulkCaseWriter;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;

/**
 * Fills a vault with demo cases through the bulk path: first the demo's officer pool (officers a previous demo
 * run created are reused), then the cases, committed in batches. Like every bulk write this is not one save:
 * if it fails or is cancelled, the batches committed before stay.
 */
public final class DemoVaultFiller {
    private final Vault vault;
    private final Clock clock;
    private final Function<ReferenceRepository, PolicyChoice> policy;

    /** Violations follow the statewide models' dates ({@link PolicyChoice#statewide}). */
    public DemoVaultFiller(Vault vault, Clock clock) {
        this(vault, clock, refs -> PolicyChoice.statewide(refs.policyVersions()));
    }

    /** @param policy builds the rule that says which version bound an agency on a date, from the vault's data */
    public DemoVaultFiller(Vault vault, Clock clock, Function<ReferenceRepository, PolicyChoice> policy) {
        this.vault = vault;
        this.clock = clock;
        this.policy = policy;
    }

    /** Adds {@code count} demo cases made from the seed; reports progress after each committed batch. */
    public BulkCaseWriter.Result fill(int count, long seed, BulkCaseWriter.Progress progress) {
        ReferenceRepository refs = new ReferenceRepository(vault);
        BulkCaseWriter writer = new BulkCaseWriter(vault, clock);
        // the pool as saved: officers already in the vault (same agency, name and badge) are reused
        List<Officer> existing = refs.officers();
        List<Officer> pool = DemoCaseGenerator.officerPool(seed, refs.agencies());
        List<Officer> created = writer.writeOfficers(pool.stream().filter(o -> find(existing, o) == null).toList());
        List<Officer> officers = pool.stream()
                .map(o -> Optional.ofNullable(find(existing, o)).orElseGet(() -> find(created, o))).toList();
        DemoCaseGenerator generator = new DemoCaseGenerator(seed, refs, officers, policy.apply(refs));
        BulkCaseWriter.Result cases = writer.write(generator.cases(count), count, progress);
        return new BulkCaseWriter.Result(cases.cases(), cases.rows() + created.size(), cases.cancelled());
    }

    private static Officer find(List<Officer> officers, Officer like) {
        for (Officer o : officers) {
            if (Objects.equals(like.agencyId(), o.agencyId()) && like.name().equals(o.name())
                    && Objects.equals(like.badge(), o.badge())) {
                return o;
            }
        }
        return null;
    }
}
