package org.amparo.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.EventKind;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingStatus;
import org.amparo.domain.Officer;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.amparo.domain.Provision;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.reference.ReferenceRepository;

/** The foundation issue's real patterns, entered as cases through the repositories. */
public final class SampleCases {
    private SampleCases() {
    }

    /** A passenger on I-89 held about two hours by a sheriff's deputy until Border Patrol arrived. */
    public static CaseRecord i89RoadsideHold(ReferenceRepository ref) {
        Agency sheriff = ref.agencyByName("Franklin County Sheriff's Department").orElseThrow();
        Agency patrol = ref.agencyByName("U.S. Border Patrol - Swanton Station").orElseThrow();
        Officer deputy = ref.saveOfficer(new Officer(null, "Deputy Mark Ellison", "F-112", sheriff.id(), "Deputy",
                null, null));
        long prolonged = provision(ref, "VT-MODEL-2018", "prolonged-stop");
        long status = provision(ref, "VT-MODEL-2018", "status-inquiry");
        LocalDate day = LocalDate.of(2019, 3, 14);
        return new CaseRecord(null, null, "I-89 roadside hold for Border Patrol", CaseStatus.DOCUMENTING,
                ApproximateDate.day(day), "I-89 southbound near exit 19, St. Albans",
                "José Ángel Núñez was a passenger. The deputy asked everyone for ID and held the car about two hours "
                        + "until Border Patrol arrived.",
                LocalDate.of(2019, 4, 2), null, null, null, List.of("I-89", "roadside"),
                List.of(new CaseParty(person("José Ángel Núñez", 1988), PartyRole.PASSENGER, "detained"),
                        new CaseParty(person("María Güemes", null), PartyRole.DRIVER, null)),
                List.of(new Violation(null, prolonged, sheriff.id(), deputy.id(),
                                "Stop prolonged about two hours to let Border Patrol arrive", "Driver's account"),
                        new Violation(null, status, sheriff.id(), deputy.id(),
                                "Passenger asked where he was born", null)),
                List.of(new TimelineEvent(null, ApproximateDate.day(day), LocalTime.of(14, 20), EventKind.STOP,
                                "Car stopped for a lane violation", "Driver", sheriff.id(), deputy.id(), null),
                        new TimelineEvent(null, ApproximateDate.day(day), LocalTime.of(14, 25), EventKind.ID_DEMAND,
                                "Deputy asked the passenger for ID", "Driver", sheriff.id(), deputy.id(), 1),
                        new TimelineEvent(null, ApproximateDate.day(day), LocalTime.of(16, 30), EventKind.TRANSFER,
                                "Border Patrol arrived and detained José", "Driver", patrol.id(), null, 0),
                        new TimelineEvent(null, ApproximateDate.month(YearMonth.of(2019, 6)), null,
                                EventKind.RELEASE, "Released on bond", "Family", null, null, null)),
                List.of(new Filing(null, venueId(ref, "Vermont Human Rights Commission"), LocalDate.of(2019, 9, 3),
                        "HRC-19-042", FilingStatus.FILED, null)));
    }

    /** A farmworker held by a sheriff for Border Patrol; settlement paid by the county. */
    public static CaseRecord farmworkerSettlement(ReferenceRepository ref) {
        Agency sheriff = ref.agencyByName("Addison County Sheriff's Department").orElseThrow();
        return new CaseRecord(null, null, "Farmworker held for Border Patrol", CaseStatus.SETTLED,
                ApproximateDate.season(org.amparo.domain.Season.SPRING, 2017), "Middlebury", null,
                LocalDate.of(2017, 7, 1), "Settled", new BigDecimal("35000.00"), LocalDate.of(2018, 9, 1),
                List.of(), List.of(new CaseParty(person("Zoraida Peña", null), PartyRole.AFFECTED, null)),
                List.of(new Violation(null, provision(ref, "VT-MODEL-2016", "detainer-hold"), sheriff.id(), null,
                        "Held for Border Patrol", null)),
                List.of(), List.of());
    }

    public static Person person(String name, Integer birthYear) {
        return new Person(null, name, null, "es", null, birthYear, 0, null);
    }

    public static long provision(ReferenceRepository ref, String policyKey, String topic) {
        long policyId = ref.policyVersions().stream().filter(p -> p.key().equals(policyKey)).findFirst()
                .orElseThrow().id();
        return ref.provisions().stream().filter(p -> p.policyVersionId() == policyId && p.topic().equals(topic))
                .map(Provision::id).findFirst().orElseThrow();
    }

    public static long venueId(ReferenceRepository ref, String name) {
        return ref.venues().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().id();
    }
}
