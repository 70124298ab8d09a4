package org.amparo.service.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.CaseParty;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.CaseStatus;
import org.amparo.domain.EventKind;
import org.amparo.domain.Officer;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Provision;
import org.amparo.domain.Season;
import org.amparo.domain.TimelineEvent;
import org.amparo.domain.Violation;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;

/** A vault worth exporting: the two sample cases, a user's own agency and officer, a section number, a trashed case. */
final class JsonSamples {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonSamples() {
    }

    static void fill(Vault v) {
        ReferenceRepository ref = new ReferenceRepository(v);
        CaseRepository cases = new CaseRepository(v, CLOCK);
        long prolonged = SampleCases.provision(ref, "VT-MODEL-2018", "prolonged-stop");
        Provision p = ref.provisions().stream().filter(x -> x.id() == prolonged).findFirst().orElseThrow();
        ref.saveProvision(new Provision(p.id(), p.policyVersionId(), p.topic(), "§ IV.B.2 (página 7)", p.title(),
                p.summary(), p.kind(), p.shipped(), p.userEdited()));
        cases.save(SampleCases.i89RoadsideHold(ref));
        cases.save(SampleCases.farmworkerSettlement(ref));

        Agency parent = ref.agencyByName("Vermont State Police").orElseThrow();
        Agency town = ref.saveAgency(new Agency(null, "Policía de Montgomery Center", "municipal", parent.id(), null,
                "Franklin", "añadida por la usuaria", false, false));
        Officer officer = ref.saveOfficer(new Officer(null, "Agente Martín Ibáñez", null, town.id(), "Sargento",
                "M. Ibáñez", null));
        long status = SampleCases.provision(ref, "VT-MODEL-2018", "status-inquiry");
        CaseRecord third = new CaseRecord(null, null, "Pregunta por el estatus en la gasolinera", CaseStatus.INTAKE,
                ApproximateDate.season(Season.WINTER, 2020), "Montgomery Center", "Le preguntaron dónde nació.",
                LocalDate.of(2021, 1, 15), null, null, null, List.of("gasolinera"),
                List.of(new CaseParty(SampleCases.person("Ñusta Quispe Huamán", 1979), PartyRole.AFFECTED, null)),
                List.of(new Violation(null, status, town.id(), officer.id(), "Le pidió papeles de inmigración", null)),
                List.of(new TimelineEvent(null, ApproximateDate.month(java.time.YearMonth.of(2021, 1)),
                        LocalTime.of(8, 5), EventKind.STATUS_QUESTION, "El agente preguntó por su estatus", "Ñusta",
                        town.id(), officer.id(), 0)),
                List.of());
        CaseRecord saved = cases.save(third);
        cases.moveToTrash(saved.reference());
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    /** The file's content without the moment it was written. */
    static JsonNode content(Path file) throws IOException {
        ObjectNode n = (ObjectNode) read(file);
        n.remove("exported_at");
        return n;
    }

    static void write(Path file, JsonNode node) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }
}
