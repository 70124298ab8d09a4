package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferenceTest {

    @Test
    void parsesAndFormats() {
        CaseReference r = CaseReference.parse("2019-0007");
        assertEquals(new CaseReference(2019, 7), r);
        assertEquals("2019-0007", r.toString());
        assertEquals(new CaseReference(2024, 12), CaseReference.parse("  2024-0012 "));
        assertEquals("2024-12345", new CaseReference(2024, 12345).toString());
        assertEquals(new CaseReference(2024, 12345), CaseReference.parse("2024-12345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2019", "2019-7", "19-0007", "2019/0007", "2019-0000", "1800-0001", "2019-0007x"})
    void refusesWhatIsNotAReference(String text) {
        assertFalse(CaseReference.isValid(text));
        assertThrows(IllegalArgumentException.class, () -> CaseReference.parse(text));
    }

    @Test
    void nullIsNotAReference() {
        assertFalse(CaseReference.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> CaseReference.parse(null));
    }

    @Test
    void isValidAgreesWithParse() {
        assertTrue(CaseReference.isValid("2019-0001"));
    }

    @Test
    void formatsWithAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG"));
            assertEquals("2019-0007", new CaseReference(2019, 7).toString());
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void nextAndNextFor() {
        assertEquals(new CaseReference(2019, 8), new CaseReference(2019, 7).next());
        assertEquals(CaseReference.first(2020), CaseReference.nextFor(2020, null));
        assertEquals(new CaseReference(2020, 1), CaseReference.nextFor(2020, new CaseReference(2019, 250)));
        assertEquals(new CaseReference(2020, 43), CaseReference.nextFor(2020, new CaseReference(2020, 42)));
        assertEquals("2020-10000", CaseReference.nextFor(2020, new CaseReference(2020, 9999)).toString());
        assertThrows(IllegalArgumentException.class, () -> new CaseReference(2020, 999_999).next());
    }

    @Test
    void sortsByYearThenNumber() {
        List<CaseReference> refs = new ArrayList<>(List.of(CaseReference.parse("2020-0002"),
                CaseReference.parse("2019-0010"), CaseReference.parse("2020-0001"), CaseReference.parse("2019-0009")));
        refs.sort(null);
        assertEquals("[2019-0009, 2019-0010, 2020-0001, 2020-0002]", refs.toString());
    }
}
