package org.amparo.service.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.EventKind;
import org.amparo.domain.PartyRole;
import org.amparo.domain.TimelineEvent;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;

/** The I-89 case saved in a real vault, and the options the timeline tests print with. */
final class TimelineFixtures {
    static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 11, 30, 9, 15, 0, 0, ZoneId.of("America/New_York"));
    static final Clock CLOCK = Clock.fixed(Instant.from(PRINTED), PRINTED.getZone());

    private TimelineFixtures() {
    }

    static TimelineOptions options(Locale language) {
        return new TimelineOptions(language, PaperSize.LETTER, false, PRINTED);
    }

    static TimelineService service(Vault v) {
        return new TimelineService(new CaseRepository(v, CLOCK), new ReferenceRepository(v), CLOCK, null);
    }

    /** The I-89 roadside hold, saved (so its people have pseudonyms). */
    static CaseRecord savedI89(Vault v) {
        return new CaseRepository(v, CLOCK).save(SampleCases.i89RoadsideHold(new ReferenceRepository(v)));
    }

    /** The I-89 case with more people whose names need Latin Extended-A, and Spanish punctuation. */
    static CaseRecord i89WithAccentedNames(Vault v) {
        ReferenceRepository ref = new ReferenceRepository(v);
        CaseRecord c = SampleCases.i89RoadsideHold(ref);
        List<CaseParty> parties = new ArrayList<>(c.parties());
        parties.add(new CaseParty(SampleCases.person("Zoltán Kővári-Łukasiewicz", null), PartyRole.WITNESS, null));
        parties.add(new CaseParty(SampleCases.person("Čeněk Ďurovič", null), PartyRole.FAMILY, null));
        List<TimelineEvent> events = new ArrayList<>(c.events());
        events.add(new TimelineEvent(null, ApproximateDate.day(LocalDate.of(2019, 3, 15)), null, EventKind.OTHER,
                "¿Dónde nació? ¡Conteste! — asked Zoltán Kővári-Łukasiewicz; Čeněk Ďurovič called the family",
                "Witness", null, null, null));
        return new CaseRepository(v, CLOCK).save(new CaseRecord(null, null, c.title(), c.status(), c.incidentDate(),
                c.place(), c.narrative(), c.intakeDate(), null, null, null, c.tags(), parties, c.violations(), events,
                c.filings()));
    }
}
