package org.amparo.service.timeline;

import java.util.List;

/**
 * A case's timeline laid out into pages, ready for the PDF writer and the printer alike.
 * {@code documentTitle} is what the PDF's properties show (redacted when the pages are).
 */
public record TimelineDocument(String caseReference, String documentTitle, TimelineOptions options,
                               int eventCount, List<TimelinePage> pages) {

    public TimelineDocument {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
