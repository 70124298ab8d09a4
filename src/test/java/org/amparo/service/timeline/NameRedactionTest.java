package org.amparo.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.amparo.domain.CaseParty;
import org.amparo.domain.PartyRole;
import org.amparo.domain.Person;
import org.junit.jupiter.api.Test;

class NameRedactionTest {
    private final NameRedaction redaction = NameRedaction.of(List.of(
            new CaseParty(new Person(1L, "José Ángel Núñez", "Pepe; Chepe", null, null, null, 1, null),
                    PartyRole.PASSENGER, null),
            new CaseParty(new Person(2L, "María de la Güemes", null, null, null, null, 2, null),
                    PartyRole.DRIVER, null)), Locale.ENGLISH);

    @Test
    void fullNamesPartsAndOtherNamesBecomePseudonymsIgnoringCaseAndAccents() {
        assertEquals("Person A and Person B", redaction.apply("José Ángel Núñez and María de la Güemes"));
        assertEquals("Person A was released; Person A called Person B.",
                redaction.apply("Jose was released; NUNEZ called maria."));
        assertEquals("Person A (Person A) said so", redaction.apply("Pepe (Chepe) said so"));
        assertEquals("Person A  Person A", redaction.apply("José  Núñez"));
    }

    @Test
    void onlyWholeWordsAreReplacedAndParticlesStay() {
        assertEquals("Josefina de la casa, Mariano", redaction.apply("Josefina de la casa, Mariano"));
        assertEquals("Angels fly", redaction.apply("Angels fly"));
    }

    @Test
    void noRedactionLeavesTextAlone() {
        assertEquals("José", NameRedaction.none().apply("José"));
    }
}
