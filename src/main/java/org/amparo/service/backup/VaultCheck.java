package org.amparo.service.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.amparo.domain.AuditAction;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.check.IntegrityCheck;
import org.amparo.store.check.IntegrityReport;
import org.amparo.store.vault.Vault;

/**
 * The integrity check as the user runs it (from the app, weekly on open, or {@code check}): every table and
 * index read, the model's rules checked, and a CHECK entry in the audit trail saying how it went.
 */
public final class VaultCheck {
    /** How often the app checks the vault when it is opened. */
    public static final Duration WEEKLY = Duration.ofDays(7);

    private final Vault vault;
    private final AuditTrail audit;
    private final Clock clock;

    public VaultCheck(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
        this.audit = new AuditTrail(vault, clock);
    }

    /** Runs the check and records it (a vault too damaged to take the entry is still reported). */
    public IntegrityReport run() {
        IntegrityReport report = new IntegrityCheck(vault).run();
        try {
            audit.record(AuditAction.CHECK, null, report.ok() ? "ok"
                    : report.problems().size() + " problem(s)" + (report.damaged() ? ", unreadable part" : ""));
        } catch (RuntimeException e) {
            // the check's outcome matters more than its record
        }
        return report;
    }

    /** True when the last recorded check is older than {@code maxAge}, or there was none. */
    public boolean isDue(Duration maxAge) {
        return audit.lastTime(AuditAction.CHECK).map(OffsetDateTime::toInstant)
                .map(t -> t.plus(maxAge).isBefore(clock.instant())).orElse(true);
    }
}
