package org.amparo.service.timeline;

import java.util.List;

/** One laid-out page: its number (from 1), how many pages the document has, its size and its blocks. */
public record TimelinePage(int number, int count, float width, float height, List<TimelineBlock> blocks) {

    public TimelinePage {
        blocks = List.copyOf(blocks);
    }

    public List<TimelineBlock> blocks(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }
}
