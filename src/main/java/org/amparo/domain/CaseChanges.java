package org.amparo.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The field-by-field difference between two versions of a case, as the audit trail records it. It keeps no
 * more personal data than the case: people appear by pseudonym ("Person C, passenger"), the narrative and
 * other long texts by their length only.
 */
public final class CaseChanges {
    private CaseChanges() {
    }

    public static List<FieldChange> between(CaseRecord before, CaseRecord after) {
        List<FieldChange> out = new ArrayList<>();
        plain(out, "title", before, after, CaseRecord::title);
        plain(out, "status", before, after, c -> c.status() == null ? null : c.status().name());
        plain(out, "incident_date", before, after,
                c -> c.incidentDate() == null ? null : ApproximateDateText.iso(c.incidentDate()));
        plain(out, "place", before, after, CaseRecord::place);
        sized(out, "narrative", before, after, CaseRecord::narrative);
        plain(out, "intake_date", before, after, c -> str(c.intakeDate()));
        sized(out, "outcome", before, after, CaseRecord::outcome);
        plain(out, "settlement_amount", before, after, c -> amount(c.settlementAmount()));
        plain(out, "settlement_date", before, after, c -> str(c.settlementDate()));
        plain(out, "tags", before, after, c -> c.tags().isEmpty() ? null : String.join(", ", c.tags()));
        plain(out, "people", before, after, CaseChanges::people);
        plain(out, "violations", before, after, c -> c.violations().size() + "");
        if (before.violations().size() == after.violations().size() && !before.violations().equals(after.violations())) {
            out.add(new FieldChange("violations", "edited", "edited"));
        }
        plain(out, "events", before, after, c -> c.events().size() + "");
        if (before.events().size() == after.events().size() && !stripIds(before).equals(stripIds(after))) {
            out.add(new FieldChange("events", "edited", "edited"));
        }
        plain(out, "filings", before, after, c -> c.filings().size() + "");
        return out;
    }

    private static List<String> stripIds(CaseRecord c) {
        return c.events().stream().map(e -> e.date() + "|" + e.time() + "|" + e.kind() + "|" + e.description() + "|"
                + e.source() + "|" + e.agencyId() + "|" + e.officerId() + "|" + e.violationIndex()).sorted().toList();
    }

    private static String people(CaseRecord c) {
        TreeSet<String> set = new TreeSet<>();
        for (CaseParty p : c.parties()) {
            String who = p.person().pseudonymNo() > 0 ? Pseudonym.label(p.person().pseudonymNo(), Locale.ENGLISH)
                    : "new person";
            set.add(who + " (" + p.role().name().toLowerCase(Locale.ROOT) + ")");
        }
        return set.isEmpty() ? null : String.join(", ", set);
    }

    private static void plain(List<FieldChange> out, String field, CaseRecord a, CaseRecord b,
                              Function<CaseRecord, String> get) {
        String x = blankToNull(get.apply(a));
        String y = blankToNull(get.apply(b));
        if (!Objects.equals(x, y)) {
            out.add(new FieldChange(field, cut(x), cut(y)));
        }
    }

    private static void sized(List<FieldChange> out, String field, CaseRecord a, CaseRecord b,
                              Function<CaseRecord, String> get) {
        String x = blankToNull(get.apply(a));
        String y = blankToNull(get.apply(b));
        if (!Objects.equals(x, y)) {
            out.add(new FieldChange(field, length(x), length(y)));
        }
    }

    private static String length(String s) {
        return s == null ? null : s.length() + " characters";
    }

    private static String amount(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
