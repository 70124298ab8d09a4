package org.amparo.ui.timeline;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.amparo.service.timeline.TypeFace;

/**
 * The timeline's fonts for the screen and the printer: the same DejaVu files the PDF embeds (and the layout
 * measured with), loaded into JavaFX once, then asked for by full name at each size.
 */
final class TimelineFonts {
    private static final Map<TypeFace, String> NAMES = new EnumMap<>(TypeFace.class);
    private static final Map<String, Font> SIZED = new HashMap<>();

    private TimelineFonts() {
    }

    static synchronized Font font(TypeFace face, float size) {
        String name = NAMES.computeIfAbsent(face, TimelineFonts::load);
        return SIZED.computeIfAbsent(name + "@" + size, k -> name.isEmpty()
                ? Font.font("System", face == TypeFace.BOLD ? FontWeight.BOLD : FontWeight.NORMAL, size)
                : new Font(name, size));
    }

    private static String load(TypeFace face) {
        Font f = Font.loadFont(new ByteArrayInputStream(face.bytes()), 10);
        return f == null ? "" : f.getName();
    }
}
