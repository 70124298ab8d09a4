package org.amparo.service.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Places block drafts on pages top to bottom. A block that does not fit goes to the next page whole; only
 * header blocks (and an event taller than a whole page) are cut between rows. A section title stays with the
 * block after it. When all blocks are placed, every page gets its running header and footer.
 */
final class Paginator {
    private final PageGeometry page;
    private final TimelineContent content;
    private final List<List<TimelineBlock>> pages = new ArrayList<>();
    private List<TimelineBlock> current;
    private float y;

    Paginator(PageGeometry page, TimelineContent content) {
        this.page = page;
        this.content = content;
    }

    List<TimelinePage> place(List<BlockDraft> drafts) {
        newPage();
        for (int i = 0; i < drafts.size(); i++) {
            BlockDraft d = drafts.get(i);
            float needed = d.splittable ? firstPart(d) : d.height();
            if (d.keepWithNext && i + 1 < drafts.size()) {
                needed += firstPart(drafts.get(i + 1));
            }
            if (y + needed > page.contentBottom() && !current.isEmpty()) {
                newPage();
            }
            if (d.splittable || d.height() > page.contentHeight()) {
                placeRows(d);
            } else {
                placeWhole(d);
            }
        }
        List<TimelinePage> result = new ArrayList<>();
        int count = pages.size();
        for (int n = 0; n < count; n++) {
            List<TimelineBlock> blocks = new ArrayList<>();
            blocks.add(runningHeader());
            blocks.addAll(pages.get(n));
            blocks.add(footer(n + 1, count));
            result.add(new TimelinePage(n + 1, count, page.width(), page.height(), blocks));
        }
        return result;
    }

    /**
     * The height a block needs to start on this page: a whole event (at most half a page, for one taller than
     * a page), or the first two rows of a block that may be cut (so no line stands alone at a page's foot).
     */
    private float firstPart(BlockDraft d) {
        if (d.splittable && !d.rows.isEmpty()) {
            float h = d.padTop;
            for (int r = 0; r < Math.min(2, d.rows.size()); r++) {
                h += d.rows.get(r).height();
            }
            return d.rows.size() <= 2 ? h + d.padBottom : h;
        }
        return Math.min(d.height(), page.contentHeight() / 2);
    }

    private void newPage() {
        current = new ArrayList<>();
        pages.add(current);
        y = PageGeometry.CONTENT_TOP;
    }

    private void placeWhole(BlockDraft d) {
        float top = y;
        List<TextRun> runs = new ArrayList<>();
        float rowTop = top + d.padTop;
        for (BlockDraft.Row r : d.rows) {
            for (TextRun t : r.runs()) {
                runs.add(t.down(rowTop));
            }
            rowTop += r.height();
        }
        current.add(new TimelineBlock(d.kind, d.item, top, d.height(), runs, rules(d, top)));
        y = top + d.height();
    }

    /** Places a block row by row, continuing on the next page when a row does not fit. */
    private void placeRows(BlockDraft d) {
        float top = y;
        float rowTop = y + d.padTop;
        List<TextRun> runs = new ArrayList<>();
        boolean firstPart = true;
        for (BlockDraft.Row r : d.rows) {
            if (rowTop + r.height() > page.contentBottom() && !(runs.isEmpty() && current.isEmpty())) {
                if (!runs.isEmpty()) {
                    current.add(new TimelineBlock(d.kind, d.item, top, rowTop - top, runs,
                            firstPart ? rules(d, top) : List.of()));
                    firstPart = false;
                }
                newPage();
                top = y;
                rowTop = y;
                runs = new ArrayList<>();
            }
            for (TextRun t : r.runs()) {
                runs.add(t.down(rowTop));
            }
            rowTop += r.height();
        }
        float bottom = Math.max(rowTop, Math.min(rowTop + d.padBottom, page.contentBottom()));
        current.add(new TimelineBlock(d.kind, d.item, top, bottom - top, runs, firstPart ? rules(d, top) : List.of()));
        y = bottom;
    }

    /** The block's rules, without an event's separator at the top of a page or right under a section title. */
    private List<RuleLine> rules(BlockDraft d, float top) {
        boolean entry = d.kind == BlockKind.EVENT || d.kind == BlockKind.FILING;
        boolean afterTitle = !current.isEmpty() && current.get(current.size() - 1).kind() == BlockKind.SECTION_TITLE;
        if (entry && (current.isEmpty() || afterTitle)) {
            return List.of();
        }
        return d.rules.stream().map(r -> r.down(top)).toList();
    }

    private TimelineBlock runningHeader() {
        float size = TimelineLayout.SMALL;
        GlyphWidths bold = GlyphWidths.of(TypeFace.BOLD);
        String left = bold.printable(content.words().get("timeline.runningHeader", content.reference()));
        String right = bold.printable(content.words().get("timeline.confidential")
                + (content.redacted() ? " · " + content.words().get("timeline.redactedMark") : ""));
        float baseline = PageGeometry.HEADER_BASELINE;
        List<TextRun> runs = List.of(
                new TextRun(PageGeometry.MARGIN, baseline, TypeFace.BOLD, size, Shade.GRAY, left),
                new TextRun(page.right() - bold.width(right, size), baseline, TypeFace.BOLD, size, Shade.GRAY, right));
        RuleLine rule = new RuleLine(PageGeometry.MARGIN, PageGeometry.HEADER_RULE, page.right(),
                PageGeometry.HEADER_RULE, 0.5f, Shade.GRAY);
        float top = baseline - size;
        return new TimelineBlock(BlockKind.RUNNING_HEADER, -1, top, PageGeometry.HEADER_RULE - top + 1f, runs,
                List.of(rule));
    }

    private TimelineBlock footer(int number, int count) {
        float size = TimelineLayout.SMALL;
        GlyphWidths regular = GlyphWidths.of(TypeFace.REGULAR);
        GlyphWidths bold = GlyphWidths.of(TypeFace.BOLD);
        String left = bold.printable(content.words().get("timeline.confidential"));
        String right = regular.printable(content.words().get("timeline.page", number, count));
        float baseline = page.footerBaseline();
        List<TextRun> runs = List.of(
                new TextRun(PageGeometry.MARGIN, baseline, TypeFace.BOLD, size, Shade.GRAY, left),
                new TextRun(page.right() - regular.width(right, size), baseline, TypeFace.REGULAR, size, Shade.GRAY,
                        right));
        RuleLine rule = new RuleLine(PageGeometry.MARGIN, page.footerRule(), page.right(), page.footerRule(), 0.5f,
                Shade.GRAY);
        return new TimelineBlock(BlockKind.FOOTER, -1, page.footerRule() - 1f,
                baseline + size * 0.3f - page.footerRule() + 1f, runs, List.of(rule));
    }
}
