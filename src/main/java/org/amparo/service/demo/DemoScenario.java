package org.amparo.service.demo;

import java.util.Optional;
import org.amparo.domain.CaseRecord;

/** One of the real patterns the demo imitates, producing a new made-up case each time. */
interface DemoScenario {
    /** A new case, or empty when the vault lacks the agencies this pattern needs (or no date fits). */
    Optional<CaseRecord> next();
}
