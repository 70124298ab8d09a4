package org.amparo.app;

import java.time.Clock;
import java.util.List;
import org.amparo.domain.Agency;
import org.amparo.domain.AuditAction;
import org.amparo.domain.Provision;
import org.amparo.service.timeline.TimelineOutput;
import org.amparo.service.timeline.TimelineService;
import org.amparo.store.audit.AuditTrail;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.ui.list.FilterChoices;

/** The services over one open vault, built when it is unlocked and dropped when it locks. */
final class VaultSession {
    private final Vault vault;
    private final CaseRepository cases;
    private final ReferenceRepository reference;
    private final TimelineService timeline;

    VaultSession(Vault vault, Clock clock) {
        this.vault = vault;
        this.cases = new CaseRepository(vault, clock);
        this.reference = new ReferenceRepository(vault);
        AuditTrail trail = new AuditTrail(vault, clock);
        this.timeline = new TimelineService(cases, reference, clock, (ref, output, redacted, fileName) ->
                trail.record(output == TimelineOutput.PDF ? AuditAction.PDF_TIMELINE : AuditAction.PRINT, ref,
                        redacted ? "redacted" : null));
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

    TimelineService timeline() {
        return timeline;
    }

    /** The list's filter choices: agency names and policy topics (read on the background thread). */
    FilterChoices filterChoices() {
        List<String> agencies = reference.agencies().stream().map(Agency::name).sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        List<String> topics = reference.provisions().stream().map(Provision::topic).distinct().sorted().toList();
        return new FilterChoices(agencies, topics);
    }
}
