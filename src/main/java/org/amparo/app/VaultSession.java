package org.amparo.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.amparo.domain.Agency;
import org.amparo.domain.Provision;
import org.amparo.service.AppVersion;
import org.amparo.service.backup.AutoBackup;
import org.amparo.service.timeline.TimelineAuditTrail;
import org.amparo.service.timeline.TimelineService;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.backup.Backups;
import org.amparo.store.cases.CaseLookups;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.ui.editor.BackgroundWork;
import org.amparo.ui.editor.EditorContext;
import org.amparo.ui.export.ExportServices;
import org.amparo.ui.list.FilterChoices;

/** The services over one open vault, built when it is unlocked and dropped when it locks. */
final class VaultSession {
    private final Vault vault;
    private final CaseRepository cases;
    private final ReferenceRepository reference;
    // the editor's services, built once: each window gets them in its language with the current display name
    private final BackgroundWork work;
    private final CaseLookups lookups;
    private final TimelineService timeline;
    private final ExportServices exports;
    private final AutoBackup autoBackup;
    private final Clock clock;

    /**
     * @param exportFolder   the folder the export dialog offers first (the user settings' one, read when asked)
     * @param rememberFolder told the folder of each export written (kept in the settings)
     */
    VaultSession(Vault vault, Clock clock, BackgroundWork work, Supplier<Path> exportFolder,
                 Consumer<Path> rememberFolder) {
        this.vault = vault;
        this.clock = clock;
        this.cases = new CaseRepository(vault, clock);
        this.reference = new ReferenceRepository(vault);
        this.exports = ExportServices.forVault(vault, clock, exportFolder, rememberFolder);
        this.autoBackup = new AutoBackup(vault, new Backups(vault, clock, AppVersion.current()));
        this.work = work;
        this.lookups = new CaseLookups(vault);
        this.timeline = new TimelineService(cases, reference, clock, new TimelineAuditTrail(new AuditTrail(vault, clock)));
    }

    /** The vault's backups: on lock, daily, and "Back up now". */
    AutoBackup autoBackup() {
        return autoBackup;
    }

    /** What the case editor, the trash and the reference-data screens need, in the given language. */
    EditorContext editorContext(Locale locale, String displayName, Runnable onSaved) {
        return new EditorContext(cases, reference, lookups, timeline, exports, work, locale, clock, displayName,
                onSaved == null ? () -> { } : onSaved);
    }

    /** The Excel exports over this vault (the register from the main window, workbooks from the editor). */
    ExportServices exports() {
        return exports;
    }

    Clock clock() {
        return clock;
    }

    Vault vault() {
        return vault;
    }

    CaseRepository cases() {
        return cases;
    }

    ReferenceRepository reference() {
        return reference;
    }


    /** The list's filter choices: agency names and policy topics (read on the background thread). */
    FilterChoices filterChoices() {
        List<String> agencies = reference.agencies().stream().map(Agency::name).sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        List<String> topics = reference.provisions().stream().map(Provision::topic).distinct().sorted().toList();
        return new FilterChoices(agencies, topics);
    }
}
