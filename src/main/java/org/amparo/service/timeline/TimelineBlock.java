package org.amparo.service.timeline;

import java.util.List;

/**
 * A positioned piece of a page: the case header, one event, one filing, a section title, the running
 * header or the footer. {@code item} is the event's (or filing's) position in date order, from 0; -1 for
 * other blocks. {@code top} and {@code height} bound every run and rule of the block.
 */
public record TimelineBlock(BlockKind kind, int item, float top, float height, List<TextRun> runs,
                            List<RuleLine> rules) {

    public TimelineBlock {
        runs = List.copyOf(runs);
        rules = List.copyOf(rules);
    }

    public float bottom() {
        return top + height;
    }

    /** All the block's text, line after line (for tests and for screen readers). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextRun r : runs) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(r.text());
        }
        return sb.toString();
    }
}
