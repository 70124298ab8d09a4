package org.amparo.service.timeline;

import java.util.ArrayList;
import java.util.List;
import org.amparo.domain.CaseRecord;

/**
 * Turns a case into pages: the case header on the first page, the events in date order, the filings at the
 * end; a running header and a "Page x of y" / "Confidential" footer on every page. Text is measured with the
 * PDF font's own glyph widths, so the PDF writer and the printer place exactly the same lines. An event is
 * never cut across two pages (unless it alone is taller than a page).
 */
public final class TimelineLayout {
    static final float BODY = 9f;
    static final float SMALL = 7.8f;
    static final float LABEL = 8.2f;
    static final float TITLE = 15f;
    static final float SECTION = 11.5f;

    private final PageGeometry page;

    private TimelineLayout(PaperSize paper) {
        this.page = PageGeometry.of(paper);
    }

    /** Lays out a case; reference rows give agency, officer, provision, policy and venue names. */
    public static TimelineDocument layout(CaseRecord c, TimelineReferences ref, TimelineOptions options) {
        TimelineContent content = TimelineContent.build(c, ref, options);
        TimelineLayout layout = new TimelineLayout(options.paper());
        List<BlockDraft> drafts = layout.drafts(content);
        List<TimelinePage> pages = new Paginator(layout.page, content).place(drafts);
        String docTitle = content.words().get("timeline.documentTitle", content.reference(), content.title());
        return new TimelineDocument(c.reference(), regular().printable(docTitle), options, content.events().size(),
                pages);
    }

    private static GlyphWidths regular() {
        return GlyphWidths.of(TypeFace.REGULAR);
    }

    private List<BlockDraft> drafts(TimelineContent content) {
        List<BlockDraft> drafts = new ArrayList<>();
        drafts.add(titleBlock(content));
        for (TimelineContent.Field f : content.fields()) {
            drafts.add(fieldBlock(f));
        }
        drafts.add(sectionTitle(content.words().get("timeline.section.events"), false));
        if (content.events().isEmpty()) {
            drafts.add(note(content.words().get("timeline.noEvents")));
        }
        for (int i = 0; i < content.events().size(); i++) {
            drafts.add(entryBlock(BlockKind.EVENT, i, content.events().get(i), content));
        }
        if (!content.filings().isEmpty()) {
            drafts.add(sectionTitle(content.words().get("timeline.section.filings"), true));
            for (int i = 0; i < content.filings().size(); i++) {
                drafts.add(entryBlock(BlockKind.FILING, i, content.filings().get(i), content));
            }
        }
        return drafts;
    }

    private BlockDraft titleBlock(TimelineContent content) {
        BlockDraft b = new BlockDraft(BlockKind.CASE_HEADER, -1, true);
        b.addColumns(List.of(BlockDraft.Column.at(PageGeometry.MARGIN, concat(
                wrap(content.words().get("timeline.subtitle", content.reference()), TypeFace.REGULAR, BODY,
                        Shade.GRAY, page.fullWidth()),
                wrap(content.title(), TypeFace.BOLD, TITLE, Shade.BLACK, page.fullWidth())))));
        b.padBottom = 8f;
        return b;
    }

    private BlockDraft fieldBlock(TimelineContent.Field f) {
        BlockDraft b = new BlockDraft(BlockKind.CASE_HEADER, -1, true);
        boolean first = true;
        for (TimelineContent.Item item : f.items()) {
            if (!first && f.spaced()) {
                b.rows.add(new BlockDraft.Row(BODY * 0.45f, List.of()));
            }
            List<BlockDraft.Column> cols = new ArrayList<>();
            if (first) {
                cols.add(BlockDraft.Column.at(PageGeometry.MARGIN,
                        wrap(f.label(), TypeFace.BOLD, LABEL, Shade.GRAY, page.dateWidth() + 12f)));
            }
            if (item.tag() != null) {
                cols.add(BlockDraft.Column.at(PageGeometry.TEXT_X,
                        wrap(item.tag(), TypeFace.BOLD, BODY, Shade.BLACK, PageGeometry.TAG_INDENT)));
                cols.add(BlockDraft.Column.at(PageGeometry.TEXT_X + PageGeometry.TAG_INDENT,
                        paragraphs(item.text(), page.textWidth() - PageGeometry.TAG_INDENT)));
            } else {
                cols.add(BlockDraft.Column.at(PageGeometry.TEXT_X, paragraphs(item.text(), page.textWidth())));
            }
            b.addColumns(cols);
            first = false;
        }
        b.padBottom = 4f;
        return b;
    }

    /** Each line of the text wrapped on its own, in the body style. */
    private static List<BlockDraft.Line> paragraphs(String text, float width) {
        List<BlockDraft.Line> lines = new ArrayList<>();
        for (String p : text.split("\n")) {
            lines.addAll(wrap(p, TypeFace.REGULAR, BODY, Shade.BLACK, width));
        }
        return lines;
    }

    private BlockDraft sectionTitle(String title, boolean spaceAbove) {
        BlockDraft b = new BlockDraft(BlockKind.SECTION_TITLE, -1, false);
        b.padTop = spaceAbove ? 16f : 10f;
        b.addColumns(List.of(BlockDraft.Column.at(PageGeometry.MARGIN,
                wrap(title, TypeFace.BOLD, SECTION, Shade.BLACK, page.fullWidth()))));
        float ruleY = b.height() + 2f;
        b.rules.add(new RuleLine(PageGeometry.MARGIN, ruleY, page.right(), ruleY, 0.8f, Shade.BLACK));
        b.padBottom = 5f;
        b.keepWithNext = true;
        return b;
    }

    private BlockDraft note(String text) {
        BlockDraft b = new BlockDraft(BlockKind.EVENT, -1, true);
        b.padTop = 5f;
        b.addColumns(List.of(BlockDraft.Column.at(PageGeometry.TEXT_X,
                wrap(text, TypeFace.REGULAR, BODY, Shade.GRAY, page.textWidth()))));
        return b;
    }

    /** An event or filing: number, date column (date, time, approximate mark), text column, violation tag. */
    private BlockDraft entryBlock(BlockKind kind, int item, TimelineContent.Entry e, TimelineContent content) {
        BlockDraft b = new BlockDraft(kind, item, false);
        b.padTop = 5f;
        b.padBottom = 5f;
        float dateWidth = page.dateWidth();
        List<BlockDraft.Line> left = new ArrayList<>(wrap(e.date(), TypeFace.BOLD, BODY, Shade.BLACK, dateWidth));
        if (e.time() != null) {
            left.addAll(wrap(e.time(), TypeFace.REGULAR, BODY, Shade.BLACK, dateWidth));
        }
        if (e.approximate()) {
            left.addAll(wrap(content.words().get("timeline.approximate"), TypeFace.REGULAR, SMALL, Shade.GRAY,
                    dateWidth));
        }
        float tagWidth = e.tag() == null ? 0 : GlyphWidths.of(TypeFace.BOLD).width(e.tag(), BODY) + 10f;
        List<BlockDraft.Line> right = new ArrayList<>(
                wrap(e.heading(), TypeFace.BOLD, BODY, Shade.BLACK, page.textWidth() - tagWidth));
        if (e.body() != null) {
            right.addAll(wrap(e.body(), TypeFace.REGULAR, BODY, Shade.BLACK, page.textWidth()));
        }
        if (e.details() != null) {
            right.addAll(wrap(e.details(), TypeFace.REGULAR, SMALL, Shade.GRAY, page.textWidth()));
        }
        List<BlockDraft.Column> cols = new ArrayList<>();
        if (e.number() != null) {
            cols.add(BlockDraft.Column.at(PageGeometry.NUMBER_X,
                    wrap(e.number() + ".", TypeFace.REGULAR, SMALL, Shade.GRAY, PageGeometry.DATE_X)));
        }
        cols.add(BlockDraft.Column.at(PageGeometry.DATE_X, left));
        cols.add(BlockDraft.Column.at(PageGeometry.TEXT_X, right));
        if (e.tag() != null) {
            cols.add(new BlockDraft.Column(page.right(),
                    wrap(e.tag(), TypeFace.BOLD, BODY, Shade.BLACK, tagWidth), true));
        }
        b.addColumns(cols);
        b.rules.add(new RuleLine(PageGeometry.NUMBER_X, 0f, page.right(), 0f, 0.4f, Shade.LIGHT));
        return b;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<BlockDraft.Line> wrap(String text, TypeFace face, float size, Shade shade, float width) {
        return BlockDraft.wrap(text, face, size, shade, width);
    }

}
