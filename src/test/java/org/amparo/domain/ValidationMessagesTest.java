package org.amparo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every message key the domain hands to the UI has an English and a Spanish text, and the two bundles agree. */
class ValidationMessagesTest {
    private static final String BUNDLE = "org.amparo.i18n.validation";

    private static List<String> domainKeys() {
        List<String> keys = new ArrayList<>(CaseValidation.MESSAGE_KEYS);
        for (PolicyInForceReason r : PolicyInForceReason.values()) {
            keys.add(r.messageKey());
        }
        for (ViolationInForceStatus s : ViolationInForceStatus.values()) {
            keys.add(s.messageKey());
        }
        keys.add(FilingDeadline.APPROXIMATE_NOTE_KEY);
        return keys;
    }

    @Test
    void everyKeyHasEnglishAndSpanishText() {
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        ResourceBundle es = ResourceBundle.getBundle(BUNDLE, new Locale("es"));
        assertEquals("en", en.getLocale().getLanguage());
        assertEquals("es", es.getLocale().getLanguage());
        for (String key : domainKeys()) {
            assertTrue(en.containsKey(key), "en lacks " + key);
            assertTrue(es.containsKey(key), "es lacks " + key);
            assertFalse(en.getString(key).isBlank(), key);
            assertNotEquals(en.getString(key), es.getString(key), "es not translated: " + key);
        }
        assertEquals(en.keySet(), es.keySet());
        assertEquals(new java.util.HashSet<>(domainKeys()), en.keySet(), "no unused keys");
    }

    @Test
    void spanishTextIsReadAsUtf8() {
        ResourceBundle es = ResourceBundle.getBundle(BUNDLE, new Locale("es"));
        assertEquals("Ponga un título al caso.", es.getString(CaseValidation.TITLE_MISSING));
        assertTrue(es.getString(CaseValidation.VIOLATION_AGENCY_MISSING).endsWith("violación."));
    }
}
