package org.amparo.service.timeline;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.amparo.service.Messages;

/**
 * How a timeline is printed: in which language (English or Spanish), on which paper, with people's names
 * or their pseudonyms, and the moment it is printed (shown on the first page and in the PDF's properties).
 */
public record TimelineOptions(Locale language, PaperSize paper, boolean redacted, ZonedDateTime printedAt) {

    public TimelineOptions {
        language = Messages.supported(language);
        paper = paper == null ? PaperSize.LETTER : paper;
        if (printedAt == null) {
            throw new IllegalArgumentException("printedAt");
        }
    }

    /** Letter paper, names shown, printed now. */
    public static TimelineOptions of(Locale language, Clock clock) {
        return new TimelineOptions(language, PaperSize.LETTER, false, ZonedDateTime.now(clock));
    }

    public TimelineOptions withLanguage(Locale l) {
        return new TimelineOptions(l, paper, redacted, printedAt);
    }

    public TimelineOptions withPaper(PaperSize p) {
        return new TimelineOptions(language, p, redacted, printedAt);
    }

    public TimelineOptions withRedacted(boolean r) {
        return new TimelineOptions(language, paper, r, printedAt);
    }

    public TimelineOptions at(ZonedDateTime when) {
        return new TimelineOptions(language, paper, redacted, when);
    }
}
