package org.amparo.service.timeline;

/** What a block on a timeline page holds. */
public enum BlockKind {
    RUNNING_HEADER, CASE_HEADER, SECTION_TITLE, EVENT, FILING, FOOTER
}
