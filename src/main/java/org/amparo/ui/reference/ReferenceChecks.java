package org.amparo.ui.reference;

import java.util.function.LongFunction;
import org.amparo.domain.Agency;
import org.amparo.ui.editor.BundleText;

/** Checks a reference form before saving; puts the first problem in the form's message and says whether it is fine. */
final class ReferenceChecks {
    private final BundleText words;

    ReferenceChecks(BundleText words) {
        this.words = words;
    }

    boolean agency(AgencyForm f, LongFunction<Agency> byId) {
        return ok(f.error, blank(f.name.get()) ? "error.nameMissing"
                : f.parentLoops(byId) ? "error.parentLoop" : null);
    }

    boolean officer(OfficerForm f) {
        return ok(f.error, blank(f.name.get()) ? "error.nameMissing" : null);
    }

    boolean policy(PolicyForm f) {
        String key = blank(f.key.get()) ? "error.keyMissing"
                : blank(f.name.get()) ? "error.nameMissing"
                : f.fromDate().invalid() || f.toDate().invalid() ? "error.day"
                : f.fromDate().value() != null && f.toDate().value() != null
                        && f.toDate().value().isBefore(f.fromDate().value()) ? "error.endsBeforeStart" : null;
        return ok(f.error, key);
    }

    boolean provision(ProvisionForm f, long versionId) {
        String key = versionId <= 0 ? "error.saveVersionFirst"
                : blank(f.topic.get()) ? "error.topicMissing"
                : blank(f.title.get()) ? "error.titleMissing" : null;
        return ok(f.error, key);
    }

    boolean adoption(AdoptionForm f) {
        String key = f.agency.get() == null || f.version.get() == null ? "error.agencyVersionMissing"
                : f.fromDate().invalid() ? "error.date"
                : f.toDate().invalid() ? "error.day"
                : f.fromDate().value() != null && f.toDate().value() != null
                        && f.toDate().value().isBefore(f.fromDate().value().earliest()) ? "error.endsBeforeStart"
                : null;
        return ok(f.error, key);
    }

    private boolean ok(javafx.beans.property.StringProperty error, String key) {
        error.set(key == null ? "" : words.get(key));
        return key == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
