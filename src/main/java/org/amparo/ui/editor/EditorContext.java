package org.amparo.ui.editor;

import java.time.Clock;
import java.util.Locale;
import org.amparo.service.timeline.TimelineService;
import org.amparo.store.cases.CaseLookups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.ui.export.ExportServices;

/**
 * What the case editor, the trash and the reference-data screens need from the app, built once by the
 * composition root for an open vault (app.VaultSession) and handed to each window in its language.
 *
 * @param cases       saving, loading, trash
 * @param reference   agencies, officers, policies, provisions, adoptions, venues
 * @param lookups     people by name, cases of an officer
 * @param timeline    the printed timeline (Ctrl+P in the editor)
 * @param exports     the Excel exports (Ctrl+E in the editor), on their own background thread
 * @param work        vault work off the JavaFX thread
 * @param locale      the user's language (en or es)
 * @param clock       today, for validation (no incident in the future)
 * @param displayName the user's display name, as the audit trail records it (the vault's actor)
 * @param onSaved     told on the JavaFX thread after a case was saved, moved to the trash or restored (the list
 *                    refreshes)
 */
public record EditorContext(CaseRepository cases, ReferenceRepository reference, CaseLookups lookups,
                            TimelineService timeline, ExportServices exports, BackgroundWork work, Locale locale, Clock clock,
                            String displayName, Runnable onSaved) {

    /** The same services in another language (the language switch). */
    public EditorContext inLanguage(Locale other) {
        return new EditorContext(cases, reference, lookups, timeline, exports, work, other, clock, displayName, onSaved);
    }
}
