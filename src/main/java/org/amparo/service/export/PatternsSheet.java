package org.amparo.service.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.amparo.domain.Officer;
import org.amparo.service.timeline.TimelineReferences;
import org.amparo.store.cases.PatternCount;
import org.amparo.store.cases.RegisterPatterns;

/**
 * The Patterns sheet of the register: a chart of violations per year by topic above four plain tables —
 * violations by topic and year (the chart's data: a row per topic, a column per year), by agency and topic, by agency and year, and the officers
 * named in two or more cases. The counts come from one pass over the vault; this class only lays them out.
 */
final class PatternsSheet {
    /** Rows the chart takes above the tables. */
    static final int CHART_ROWS = 22;

    private PatternsSheet() {
    }

    static SheetPlan plan(RegisterPatterns counts, TimelineReferences ref, ExportWords w, String filters) {
        List<String> topics = new ArrayList<>(new TreeSet<>(counts.byYearAndTopic().stream()
                .map(PatternCount::topic).toList()));
        Map<Integer, long[]> years = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (PatternCount p : counts.byYearAndTopic()) {
            years.computeIfAbsent(p.year(), y -> new long[topics.size()])[topics.indexOf(p.topic())] += p.violations();
        }
        List<Cell[]> rows = new ArrayList<>();
        rows.add(new Cell[] {Cell.text(w.get("patterns.filters", filters))});
        while (rows.size() < CHART_ROWS) {
            rows.add(new Cell[0]);
        }
        section(rows, w.get("patterns.byYearTopic"));
        int headingIndex = rows.size();
        List<String> yearLabels = new ArrayList<>();
        List<Cell> heading = new ArrayList<>(List.of(Cell.heading(w.get("patterns.col.topic"))));
        for (Integer y : years.keySet()) {
            yearLabels.add(y == null ? "—" : y.toString());
            heading.add(Cell.numberHeading(y == null ? "—" : y.toString()));
        }
        heading.add(Cell.numberHeading(w.get("patterns.col.total")));
        rows.add(heading.toArray(Cell[]::new));
        for (int t = 0; t < topics.size(); t++) {
            List<Cell> r = new ArrayList<>(List.of(Cell.text(topics.get(t))));
            long total = 0;
            for (long[] perTopic : years.values()) {
                r.add(Cell.count(perTopic[t]));
                total += perTopic[t];
            }
            r.add(Cell.count(total));
            rows.add(r.toArray(Cell[]::new));
        }
        List<PatternCount> byAgency = new ArrayList<>(counts.byTopicAndAgency());
        byAgency.sort(java.util.Comparator.comparing((PatternCount p) -> String.valueOf(ref.agencyName(p.agencyId())))
                .thenComparing(PatternCount::topic));
        table(rows, w.get("patterns.byTopicAgency"), List.of(w.get("patterns.col.agency"), w.get("patterns.col.topic"),
                w.get("patterns.col.violations"), w.get("patterns.col.cases")), byAgency,
                p -> new Cell[] {Cell.longText(ref.agencyName(p.agencyId())), Cell.text(p.topic()),
                    Cell.count(p.violations()), Cell.count(p.cases())});
        table(rows, w.get("patterns.byAgencyYear"), List.of(w.get("patterns.col.agency"), w.get("patterns.col.year"),
                w.get("patterns.col.violations")), counts.byAgencyAndYear(),
                p -> new Cell[] {Cell.longText(ref.agencyName(p.agencyId())), Cell.count(p.year()), Cell.count(p.violations())});
        table(rows, w.get("patterns.officers"), List.of(w.get("patterns.col.officer"), w.get("patterns.col.badge"),
                w.get("patterns.col.cases"), w.get("patterns.col.violations"), w.get("patterns.col.agency")),
                counts.officersInTwoOrMoreCases(), p -> {
                    Officer o = ref.officer(p.officerId());
                    return new Cell[] {Cell.text(o == null ? null : o.name()), Cell.text(o == null ? null : o.badge()),
                        Cell.count(p.cases()), Cell.count(p.violations()),
                        Cell.text(o == null ? null : ref.agencyName(o.agencyId()))};
                });
        List<Column> widths = new ArrayList<>(List.of(new Column("", 42), new Column("", 18)));
        for (int i = 0; i < Math.max(4, years.size()); i++) {
            widths.add(new Column("", 13)); // "Violaciones" on one line
        }
        PatternsChart chart = new PatternsChart(w.get("patterns.chartTitle"), topics, yearLabels, years,
                headingIndex, CHART_ROWS - 1);
        return SheetPlan.free(w.get("sheet.patterns"), widths, sink -> {
            for (Cell[] r : rows) {
                sink.row(r);
            }
        }).decorated(chart::draw);
    }

    private static void section(List<Cell[]> rows, String title) {
        if (rows.size() > CHART_ROWS) {
            rows.add(new Cell[0]);
        }
        rows.add(new Cell[] {Cell.heading(title)});
    }

    private static void table(List<Cell[]> rows, String title, List<String> headings, List<PatternCount> counts,
                              java.util.function.Function<PatternCount, Cell[]> row) {
        section(rows, title);
        List<Cell[]> body = counts.stream().map(row).toList();
        Cell[] heading = new Cell[headings.size()];
        for (int i = 0; i < heading.length; i++) {
            // a heading over numbers is aligned right, as they are
            boolean numbers = !body.isEmpty() && i < body.get(0).length && body.get(0)[i].kind() == CellKind.COUNT;
            heading[i] = numbers ? Cell.numberHeading(headings.get(i)) : Cell.heading(headings.get(i));
        }
        rows.add(heading);
        rows.addAll(body);
    }
}
