package org.amparo.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.amparo.service.export.CaseWorkbookExport;
import org.amparo.service.export.ExportAuditTrail;
import org.amparo.service.export.RegisterExport;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.cases.RegisterReader;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.ui.common.FxTaskRunner;

/**
 * What the export dialog needs over an open vault: both Excel exports (each recording itself in the audit
 * trail), a background thread of their own (a long register does not hold up the editor's saves), the
 * user-interface thread for progress, the folder offered first (the user settings' export folder), and where
 * to tell the folder of a written export (the app remembers the folder, never the file).
 */
public record ExportServices(CaseWorkbookExport caseWorkbook, RegisterExport register, FxTaskRunner work,
                             Executor ui, Supplier<Path> folder, Consumer<Path> remember) {

    /** Both exports over the vault, recorded in its audit trail, on a JavaFX background thread. */
    public static ExportServices forVault(Vault vault, Clock clock, Supplier<Path> folder, Consumer<Path> remember) {
        ExportAuditTrail audit = new ExportAuditTrail(new AuditTrail(vault, clock));
        ReferenceRepository reference = new ReferenceRepository(vault);
        return new ExportServices(new CaseWorkbookExport(new CaseRepository(vault, clock), reference, clock, audit),
                new RegisterExport(new RegisterReader(vault), reference, audit), FxTaskRunner.onFxThread(),
                Platform::runLater, folder, remember == null ? f -> { } : remember);
    }

    /** Stops the export thread (when the vault locks). */
    public void shutdown() {
        work.shutdown();
    }
}
