package org.amparo.ui.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.service.timeline.TimelineAudit;
import org.amparo.service.timeline.TimelineService;
import org.amparo.store.cases.CaseLookups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.ui.export.ExportServices;

/** An editor context over a real test vault, with a fixed clock and a counter of "saved" notices. */
public final class EditorTestContext {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private EditorTestContext() {
    }

    public static EditorContext over(Vault vault, BackgroundWork work, Locale locale, AtomicInteger saves) {
        return over(vault, work, null, locale, saves);
    }

    /** With the Excel exports on a JavaFX background thread, offering {@code exportFolder} first. */
    public static EditorContext over(Vault vault, BackgroundWork work, Path exportFolder, Locale locale,
                                     AtomicInteger saves) {
        CaseRepository cases = new CaseRepository(vault, CLOCK);
        ReferenceRepository ref = new ReferenceRepository(vault);
        ExportServices exports = work instanceof FxBackgroundWork
                ? ExportServices.forVault(vault, CLOCK, () -> exportFolder, null) : null;
        return new EditorContext(cases, ref, new CaseLookups(vault),
                new TimelineService(cases, ref, CLOCK, TimelineAudit.NONE), exports, work, locale, CLOCK, "Tester",
                saves::incrementAndGet);
    }

    public static EditorContext immediate(Path folder, Vault vault, Locale locale, AtomicInteger saves) {
        return over(vault, BackgroundWork.immediate(), locale, saves);
    }
}
