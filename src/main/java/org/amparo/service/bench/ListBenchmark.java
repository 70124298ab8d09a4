package org.amparo.service.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amparo.domain.CaseQuery;
import org.amparo.store.cases.CaseRepository;

/**
 * The case-list benchmark: runs the list query the desktop list uses (count + one sorted page of 100) many
 * times for several shapes — text, agency and date range together, each filter alone, and no filter — each
 * with an offset in the middle of its result, deep into the list.
 */
public final class ListBenchmark {
    /** The filter values the shapes use. */
    public record Filters(String text, String agency, LocalDate from, LocalDate to) {
    }

    /** One query shape's figures: how many cases it matches, the page offset used, and times in milliseconds. */
    public record Timing(String shape, int matches, int offset, double p50Ms, double p95Ms, double maxMs) {
    }

    public static final int PAGE = 100;
    private static final int WARM_UP_RUNS = 5;

    private final CaseRepository cases;

    public ListBenchmark(CaseRepository cases) {
        this.cases = cases;
    }

    /** The shapes, each with a deep offset (the middle of its result, on a page boundary). */
    public List<Timing> run(Filters f, int runs) {
        CaseQuery base = CaseQuery.all().sortedBy(CaseQuery.SortField.INCIDENT_DATE, true);
        List<Timing> out = new ArrayList<>();
        out.add(measure("combined", base.withText(f.text()).withAgency(f.agency()).withDates(f.from(), f.to()), runs));
        out.add(measure("text", base.withText(f.text()), runs));
        out.add(measure("agency", base.withAgency(f.agency()), runs));
        out.add(measure("dates", base.withDates(f.from(), f.to()), runs));
        out.add(measure("unfiltered", base, runs));
        out.add(measure("first_page", base.page(PAGE, 0), runs, 0));
        return out;
    }

    private Timing measure(String shape, CaseQuery q, int runs) {
        int total = cases.list(q.page(0, 0)).total();
        return measure(shape, q, runs, total / 2 / PAGE * PAGE);
    }

    private Timing measure(String shape, CaseQuery q, int runs, int offset) {
        CaseQuery page = q.page(PAGE, offset);
        int total = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            total = cases.list(page).total();
        }
        double[] ms = new double[Math.max(1, runs)];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            cases.list(page);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(shape, total, offset, percentile(ms, 0.50), percentile(ms, 0.95), ms[ms.length - 1]);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
