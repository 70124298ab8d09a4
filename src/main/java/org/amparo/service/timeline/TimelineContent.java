package org.amparo.service.timeline;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ApproximateDateText;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Filing;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.service.Messages;

/**
 * What a printed timeline says, before it is laid out: every string in the chosen language, names
 * redacted when asked, events and filings in date order. The layout only places these strings.
 */
record TimelineContent(String reference, String title, List<Field> fields, List<Entry> events,
                       List<Entry> filings, Messages words, boolean redacted) {

    /**
     * A labelled part of the case header; each item starts a line of its own, with an optional bold tag
     * ("V1"); a line break inside an item's text starts another line. Spaced items (paragraphs) get a gap.
     */
    record Field(String label, List<Item> items, boolean spaced) {
        Field(String label, List<Item> items) {
            this(label, items, false);
        }
    }

    record Item(String tag, String text) {
        static Item of(String text) {
            return new Item(null, text);
        }
    }

    /** An event or a filing: a date column (date, time, approximate mark) and a text column. */
    record Entry(String number, String date, String time, boolean approximate, String heading, String tag,
                 String body, String details) {
    }

    static TimelineContent build(CaseRecord c, TimelineReferences ref, TimelineOptions options) {
        Locale lang = options.language();
        Messages words = new Messages(lang);
        NameRedaction names = options.redacted() ? NameRedaction.of(c.parties(), lang) : NameRedaction.none();
        String reference = c.reference() == null ? words.get("timeline.notSaved") : c.reference();
        String title = names.apply(blankTo(c.title(), words.get("timeline.untitled")));

        List<Field> fields = new ArrayList<>();
        fields.add(new Field(words.get("timeline.label.status"),
                List.of(Item.of(c.status() == null ? "" : words.get("timeline.status." + c.status().name())))));
        fields.add(new Field(words.get("timeline.label.people"), people(c, names, words)));
        String incident = join(" · ", c.incidentDate() == null ? null : date(c.incidentDate(), lang),
                names.apply(c.place()));
        fields.add(new Field(words.get("timeline.label.incident"), List.of(Item.of(blankTo(incident,
                words.get("timeline.notRecorded"))))));
        fields.add(new Field(words.get("timeline.label.agencies"), orNone(agencies(c, ref), words)));
        fields.add(new Field(words.get("timeline.label.officers"), orNone(officers(c, ref, words), words)));
        fields.add(new Field(words.get("timeline.label.violations"), orNone(violations(c, ref, names), words)));
        if (c.narrative() != null && !c.narrative().isBlank()) {
            List<Item> paragraphs = new ArrayList<>();
            for (String p : names.apply(c.narrative()).split("\\R\\s*")) {
                if (!p.isBlank()) {
                    paragraphs.add(Item.of(p.trim()));
                }
            }
            fields.add(new Field(words.get("timeline.label.summary"), paragraphs, true));
        }
        List<Item> printed = new ArrayList<>();
        printed.add(Item.of(words.get("timeline.printedOn", options.printedAt().format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(lang)))));
        if (options.redacted()) {
            printed.add(Item.of(words.get("timeline.redactedNote")));
        }
        fields.add(new Field(words.get("timeline.label.printed"), printed));

        return new TimelineContent(reference, title, fields, events(c, ref, names, words, lang),
                filings(c, ref, names, words, lang), words, options.redacted());
    }

    private static List<Item> people(CaseRecord c, NameRedaction names, Messages words) {
        List<Item> items = new ArrayList<>();
        List<CaseParty> parties = c.parties();
        for (int i = 0; i < parties.size(); i++) {
            CaseParty p = parties.get(i);
            String who = names.active() ? NameRedaction.label(p.person(), i, words.locale()) : p.person().name();
            String role = p.role() == null ? null : words.get("timeline.role." + p.role().name());
            String notes = blank(p.notes()) ? null : "(" + names.apply(p.notes().trim()) + ")";
            items.add(Item.of(join(" ", join(" — ", who, role), notes)));
        }
        return items.isEmpty() ? List.of(Item.of(words.get("timeline.notRecorded"))) : items;
    }

    private static List<Item> agencies(CaseRecord c, TimelineReferences ref) {
        return ref.agenciesNamedIn(c).stream().map(Item::of).toList();
    }

    private static List<Item> officers(CaseRecord c, TimelineReferences ref, Messages words) {
        List<Item> items = new ArrayList<>();
        for (Officer o : ref.officersNamedIn(c)) {
            String badge = blank(o.badge()) ? null : words.get("timeline.badge", o.badge());
            String extra = join(", ", badge, ref.agencyName(o.agencyId()));
            items.add(Item.of(o.name() + (extra == null ? "" : " (" + extra + ")")));
        }
        return items;
    }

    private static List<Item> violations(CaseRecord c, TimelineReferences ref, NameRedaction names) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < c.violations().size(); i++) {
            Violation v = c.violations().get(i);
            Provision p = ref.provisions().get(v.provisionId());
            PolicyVersion policy = p == null ? null : ref.policies().get(p.policyVersionId());
            String provision = p == null ? null : join(", ", p.title(), blank(p.sectionRef()) ? null : "§ " + p.sectionRef());
            String source = policy == null ? null : policy.name();
            Officer o = ref.officer(v.officerId());
            String who = join(", ", ref.agencyName(v.agencyId()), o == null ? null : o.name());
            String what = blank(v.whatHappened()) ? null : names.apply(v.whatHappened().trim());
            String text = join("\n", provision, source, join(": ", who, what));
            items.add(new Item(Violation.tag(i), text == null ? "" : text));
        }
        return items;
    }

    private static List<Entry> events(CaseRecord c, TimelineReferences ref, NameRedaction names, Messages words,
                                      Locale lang) {
        List<Entry> entries = new ArrayList<>();
        for (TimelineEvent e : c.events().stream().sorted(TimelineEvent.IN_DATE_ORDER).toList()) {
            Officer o = ref.officer(e.officerId());
            String actor = join(", ", ref.agencyName(e.agencyId()), o == null ? null : o.name());
            String source = blank(e.source()) ? null : words.get("timeline.source", names.apply(e.source().trim()));
            Integer vi = e.violationIndex();
            String tag = vi == null ? null : Violation.tag(vi);
            String shows = tag == null ? null : words.get("timeline.shows", tag);
            entries.add(new Entry(Integer.toString(entries.size() + 1),
                    e.date() == null ? words.get("timeline.dateUnknown") : date(e.date(), lang),
                    e.time() == null ? null : time(e.time(), lang),
                    e.date() != null && e.date().isApproximate(),
                    e.kind() == null ? "" : words.get("timeline.kind." + e.kind().name()), tag,
                    blank(e.description()) ? null : names.apply(e.description().trim()),
                    join(" · ", source, actor, shows)));
        }
        return entries;
    }

    private static List<Entry> filings(CaseRecord c, TimelineReferences ref, NameRedaction names, Messages words,
                                       Locale lang) {
        List<Filing> sorted = new ArrayList<>(c.filings());
        sorted.sort(Comparator.comparing(Filing::filedOn, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Entry> entries = new ArrayList<>();
        for (Filing f : sorted) {
            ComplaintVenue venue = ref.venues().get(f.venueId());
            String status = f.status() == null ? null : words.get("timeline.filingStatus." + f.status().name());
            String number = blank(f.referenceNo()) ? null : words.get("timeline.filingReference", f.referenceNo().trim());
            String outcome = blank(f.outcome()) ? null : words.get("timeline.outcome", names.apply(f.outcome().trim()));
            entries.add(new Entry(null, f.filedOn() == null ? words.get("timeline.notFiled")
                    : date(ApproximateDate.day(f.filedOn()), lang), null, false,
                    venue == null ? "" : venue.name(), null, join(" · ", status, number), outcome));
        }
        return entries;
    }

    /** The date as written, in that language, capitalised as it starts a cell ("Primavera de 2019"). */
    static String date(ApproximateDate d, Locale lang) {
        String s = ApproximateDateText.display(d, lang);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(lang) + s.substring(1);
    }

    static String time(LocalTime t, Locale lang) {
        return t.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(lang));
    }

    private static List<Item> orNone(List<Item> items, Messages words) {
        return items.isEmpty() ? List.of(Item.of(words.get("timeline.noneRecorded"))) : items;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankTo(String s, String fallback) {
        return blank(s) ? fallback : s;
    }

    /** Joins the parts that are not blank; null when none is. */
    static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!blank(p)) {
                if (!sb.isEmpty()) {
                    sb.append(sep);
                }
                sb.append(p.trim());
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
