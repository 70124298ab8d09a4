package org.amparo.service.timeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.EventKind;
import org.amparo.domain.Filing;
import org.amparo.domain.FilingStatus;
import org.amparo.domain.Officer;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.domain.Season;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;

/**
 * The {@code bench timeline} measurement: lay out and write the PDF of a made-up case with many events
 * (no vault, nothing written to disk), and how long that took.
 */
public final class TimelineBenchmark {
    /**
     * One run: seconds to lay out and write (wall clock, and processor time of this thread, which other
     * programs sharing the machine do not inflate), pages, events and the PDF's size in bytes.
     */
    public record Result(double seconds, double cpuSeconds, int pages, int events, int bytes) {
    }

    private TimelineBenchmark() {
    }

    public static Result run(int events, Locale language) throws IOException {
        TimelineReferences ref = references();
        CaseRecord c = syntheticCase(events);
        TimelineOptions options = new TimelineOptions(language, PaperSize.LETTER, false,
                ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        TimelineDocument doc = TimelineLayout.layout(c, ref, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        TimelinePdfWriter.write(doc, out, TimelineProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Result(seconds, cpu, doc.pageCount(), doc.eventCount(), out.size());
    }

    /** Reference rows the synthetic case names (ids 1 and 2). */
    public static TimelineReferences references() {
        return TimelineReferences.of(
                List.of(new Agency(1L, "Franklin County Sheriff's Department", "county_sheriff", null, null,
                                "Franklin", null, true, false),
                        new Agency(2L, "U.S. Border Patrol - Swanton Station", "federal", null, null, null, null,
                                true, false)),
                List.of(new Officer(1L, "Deputy Mark Ellison", "F-112", 1L, "Deputy", null, null)),
                List.of(new Provision(1L, 1L, "prolonged-stop", "3.2", "No initiating or prolonging stops for "
                                + "immigration", null, "prohibition", true, false),
                        new Provision(2L, 1L, "status-inquiry", null, "No questions about immigration status", null,
                                "prohibition", true, false)),
                List.of(new PolicyVersion(1L, "VT-MODEL-2018", "Vermont model Fair and Impartial Policing Policy "
                        + "(December 2017 revision)", PolicyScope.STATEWIDE, LocalDate.of(2018, 3, 1), null)),
                List.of(new ComplaintVenue(1L, "Vermont Human Rights Commission", "state_civil_rights", null, "1y",
                        null, null, true, false)));
    }

    /** A case with the given number of events, dates of every precision and descriptions of varied length. */
    public static CaseRecord syntheticCase(int events) {
        EventKind[] kinds = EventKind.values();
        List<TimelineEvent> list = new ArrayList<>();
        LocalDate day = LocalDate.of(2019, 3, 14);
        for (int i = 0; i < events; i++) {
            ApproximateDate date = switch (i % 7) {
                case 3 -> ApproximateDate.month(YearMonth.from(day));
                case 5 -> ApproximateDate.season(Season.of(day), Season.namingYear(day));
                default -> ApproximateDate.day(day);
            };
            String description = String.format("Event %04d: ", i + 1)
                    + "José Ángel Núñez told the advocate what the deputy said and did at this point. ".repeat(i % 4);
            list.add(new TimelineEvent(null, date, i % 2 == 0 ? LocalTime.of(8 + i % 10, 5 * (i % 12)) : null,
                    kinds[i % kinds.length], description.strip(), i % 3 == 0 ? "Driver" : "Family",
                    i % 5 == 0 ? 2L : 1L, i % 5 == 0 ? null : 1L, i % 4 == 0 ? i % 2 : null));
            day = day.plusDays(1 + i % 3);
        }
        return new CaseRecord(1L, "2019-0001", "I-89 roadside hold for Border Patrol", CaseStatus.DOCUMENTING,
                ApproximateDate.day(LocalDate.of(2019, 3, 14)), "I-89 southbound near exit 19, St. Albans",
                "José Ángel Núñez was a passenger. The deputy asked everyone for ID and held the car about two "
                        + "hours until Border Patrol arrived.",
                LocalDate.of(2019, 4, 2), null, null, null, List.of(),
                List.of(new CaseParty(new Person(1L, "José Ángel Núñez", null, "es", null, 1988, 1, null),
                                PartyRole.PASSENGER, "detained"),
                        new CaseParty(new Person(2L, "María Güemes", null, "es", null, null, 2, null),
                                PartyRole.DRIVER, null)),
                List.of(new Violation(1L, 1L, 1L, 1L, "Stop prolonged about two hours", "Driver's account"),
                        new Violation(2L, 2L, 1L, 1L, "Passenger asked where he was born", null)),
                list,
                List.of(new Filing(1L, 1L, LocalDate.of(2019, 9, 3), "HRC-19-042", FilingStatus.FILED, null)));
    }
}
