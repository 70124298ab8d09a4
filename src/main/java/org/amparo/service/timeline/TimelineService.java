package org.amparo.service.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.amparo.domain.CaseRecord;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.files.AtomicFile;
import org.amparo.store.reference.ReferenceRepository;

/**
 * Printed case timelines, for the desktop preview and the command line alike: load a case and lay it out,
 * write the PDF (atomically), and tell the audit trail about every print and export. Headless; the work
 * may run on any thread (not the JavaFX thread: it reads the vault).
 */
public final class TimelineService {
    private final CaseRepository cases;
    private final ReferenceRepository reference;
    private final Clock clock;
    private final TimelineAudit audit;

    public TimelineService(CaseRepository cases, ReferenceRepository reference, Clock clock, TimelineAudit audit) {
        this.cases = cases;
        this.reference = reference;
        this.clock = clock;
        this.audit = audit == null ? TimelineAudit.NONE : audit;
    }

    /** Default options: that language, Letter paper, names shown, printed now. */
    public TimelineOptions options(Locale language) {
        return TimelineOptions.of(language, clock);
    }

    public Optional<CaseRecord> load(String caseReference) {
        return cases.load(caseReference);
    }

    /** Lays out a saved case; empty when no case has that reference. */
    public Optional<TimelineDocument> layout(String caseReference, TimelineOptions options) {
        return load(caseReference).map(c -> layout(c, options));
    }

    /** Lays out a case as it is (saved or not), with the current reference data. */
    public TimelineDocument layout(CaseRecord c, TimelineOptions options) {
        return TimelineLayout.layout(c, TimelineReferences.load(reference), options);
    }

    /** Writes the PDF through a temporary file in the same folder, then records the export. */
    public void writePdf(TimelineDocument doc, Path file, TimelineProgress progress) throws IOException {
        AtomicFile.write(file, out -> TimelinePdfWriter.write(doc, out, progress == null ? TimelineProgress.NONE
                : progress));
        Path name = file.getFileName();
        audit.recorded(doc.caseReference(), TimelineOutput.PDF, doc.options().redacted(),
                name == null ? null : name.toString());
    }

    /** Records that the pages were sent to a printer. */
    public void printed(TimelineDocument doc) {
        audit.recorded(doc.caseReference(), TimelineOutput.PRINT, doc.options().redacted(), null);
    }
}
