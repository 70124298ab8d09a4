package org.amparo.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every screen's words exist in English and Spanish, and the base bundle is the English one. */
class ScreenBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"unlock", "list", "settings", "shell", "backups", "passphrase", "check", "log", "export"})
    void englishAndSpanishHaveTheSameKeys(String screen) throws Exception {
        Properties en = load(screen + "_en");
        Properties es = load(screen + "_es");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(es.stringPropertyNames()));
        assertEquals(en, load(screen), "the base bundle is a copy of the English one");
        for (String key : es.stringPropertyNames()) {
            assertEquals(false, es.getProperty(key).isBlank(), key);
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ScreenBundlesTest.class.getResourceAsStream("/org/amparo/ui/" + name + ".properties")) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
