package org.amparo.service.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A block before it is placed on a page: rows of text (each row one line height, its runs' baselines
 * relative to the row's top), space around it, and whether it may be cut between rows.
 */
final class BlockDraft {
    static final float LEADING = 1.3f;

    /** One line height of the block, possibly with text in several columns. */
    record Row(float height, List<TextRun> runs) {
    }

    /** One line of a column, in its own face, size and shade. */
    record Line(TypeFace face, float size, Shade shade, String text) {
    }

    /** A column of already wrapped lines starting at x (or ending at x when right-aligned). */
    record Column(float x, List<Line> lines, boolean alignRight) {
        static Column at(float x, List<Line> lines) {
            return new Column(x, lines, false);
        }
    }

    final BlockKind kind;
    final int item;
    final boolean splittable;
    final List<Row> rows = new ArrayList<>();
    final List<RuleLine> rules = new ArrayList<>();
    float padTop;
    float padBottom;
    boolean keepWithNext;

    BlockDraft(BlockKind kind, int item, boolean splittable) {
        this.kind = kind;
        this.item = item;
        this.splittable = splittable;
    }

    float height() {
        float h = padTop + padBottom;
        for (Row r : rows) {
            h += r.height();
        }
        return h;
    }

    /** Adds columns side by side: line i of every column sits on row i, all on one baseline. */
    void addColumns(List<Column> columns) {
        int n = 0;
        for (Column c : columns) {
            n = Math.max(n, c.lines().size());
        }
        for (int i = 0; i < n; i++) {
            float rowHeight = 0;
            float ascent = 0;
            float descent = 0;
            for (Column c : columns) {
                if (i < c.lines().size()) {
                    Line l = c.lines().get(i);
                    GlyphWidths w = GlyphWidths.of(l.face());
                    rowHeight = Math.max(rowHeight, l.size() * LEADING);
                    ascent = Math.max(ascent, l.size() * w.ascent());
                    descent = Math.max(descent, l.size() * w.descent());
                }
            }
            float baseline = ascent + (rowHeight - ascent - descent) / 2f;
            List<TextRun> runs = new ArrayList<>();
            for (Column c : columns) {
                if (i < c.lines().size() && !c.lines().get(i).text().isEmpty()) {
                    Line l = c.lines().get(i);
                    float x = c.alignRight() ? c.x() - GlyphWidths.of(l.face()).width(l.text(), l.size()) : c.x();
                    runs.add(new TextRun(x, baseline, l.face(), l.size(), l.shade(), l.text()));
                }
            }
            rows.add(new Row(rowHeight, runs));
        }
    }

    /** Wraps text to a width and returns its lines in one style. */
    static List<Line> wrap(String text, TypeFace face, float size, Shade shade, float width) {
        List<Line> lines = new ArrayList<>();
        for (String s : TextWrapper.wrap(GlyphWidths.of(face).printable(text), face, size, width)) {
            lines.add(new Line(face, size, shade, s));
        }
        return lines;
    }
}
