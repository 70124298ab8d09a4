package org.amparo.service.demo;

import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.Officer;
import org.amparo.store.reference.ReferenceRepository;

/**
 * Realistic, entirely made-up cases for demonstrations and benchmarks, drawn from the real patterns the
 * foundation issue names: roadside holds on I-89/I-91 by sheriff's deputies until Border Patrol arrives,
 * farmworkers held by sheriffs for Border Patrol (complaints to the Human Rights Commission, some settled by the
 * county), State Police barracks handing people to Border Patrol (detention, deportation), and the variants
 * around them (troopers' status questions, passenger ID demands, information passed to ICE).
 *
 * <p>Cases use the vault's shipped agencies, provisions and venues; violations cite provisions of the version the
 * {@link PolicyChoice} says was in force for the agency on the incident date. Incidents run from 2016-07-01 to
 * October 2026, about one in five remembered only by month, season or year. People have Spanish and Latin
 * American names; officers come from the pool given (see {@link #officerPool}), so they recur across cases.
 * The same seed, vault reference data and officers give the same cases, in the same order.
 */
public final class DemoCaseGenerator {
    private static final int[] WEIGHTS = {28, 20, 20, 10, 11, 11};

    private final List<DemoScenario> scenarios;
    private final DemoDice dice;
    private final DemoContext ctx;

    /**
     * @param officers the demo's officers as saved (with ids): the pool from {@link #officerPool}
     * @param policy   which FIPP version bound an agency on a date
     */
    public DemoCaseGenerator(long seed, ReferenceRepository refs, List<Officer> officers, PolicyChoice policy) {
        this(seed, new DemoReferenceData(refs.agencies(), refs.policyVersions(), refs.provisions(), refs.venues(),
                officers), policy);
    }

    DemoCaseGenerator(long seed, DemoReferenceData ref, PolicyChoice policy) {
        this.dice = new DemoDice(seed);
        this.ctx = new DemoContext(dice, ref, policy);
        CaseOutcome outcome = new CaseOutcome(ctx);
        this.scenarios = List.of(new RoadsideHoldScenario(ctx, outcome), new FarmworkerHoldScenario(ctx, outcome),
                new BarracksHandoverScenario(ctx, outcome), new StopQuestionScenario(ctx, outcome, false),
                new StopQuestionScenario(ctx, outcome, true), new InformationSharingScenario(ctx, outcome));
    }

    /** The made-up officers the cases name, a few per local agency; the same for the same seed and agencies. */
    public static List<Officer> officerPool(long seed, List<Agency> agencies) {
        return DemoOfficerPool.plan(seed, agencies);
    }

    /**
     * {@code count} new made-up cases (no ids, no references), made one at a time as the iterator is read
     * (nothing is held in memory). Incidents come in date order, spread evenly over the demo's years, so the
     * references a vault gives them follow the dates, as they would in real intake.
     */
    public Iterator<CaseRecord> cases(int count) {
        long span = ChronoUnit.DAYS.between(DemoContext.FIRST_DAY, DemoContext.LAST_DAY) + 1;
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public CaseRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                double position = (made + dice.fraction()) / count;
                ctx.around(DemoContext.FIRST_DAY.plusDays((long) (position * span)));
                made++;
                return one();
            }
        };
    }

    private CaseRecord one() {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<CaseRecord> c = scenarios.get(dice.weighted(WEIGHTS)).next();
            if (c.isPresent()) {
                return c.get();
            }
        }
        throw new IllegalStateException("the vault lacks the agencies and policy versions the demo draws on");
    }
}
