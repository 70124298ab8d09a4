package org.amparo.service.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, measured with {@link GlyphWidths}: between words where it can
 * (never at a no-break space), inside a word only when the word alone is wider than the line.
 */
final class TextWrapper {
    private TextWrapper() {
    }

    static List<String> wrap(String printable, TypeFace face, float size, float width) {
        GlyphWidths w = GlyphWidths.of(face);
        List<String> lines = new ArrayList<>();
        String text = printable.strip().replaceAll(" {2,}", " ");
        if (text.isEmpty()) {
            return lines;
        }
        float space = w.width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            float ww = w.width(word, size);
            if (!line.isEmpty() && lineWidth + space + ww <= width) {
                line.append(' ').append(word);
                lineWidth += space + ww;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (ww <= width) {
                line.append(word);
                lineWidth = ww;
            } else {
                lineWidth = breakWord(word, w, size, width, lines, line);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        // a no-break space kept its words together; on the page it is an ordinary space
        lines.replaceAll(l -> l.replace(GlyphWidths.NO_BREAK_SPACE, ' '));
        return lines;
    }

    /** Puts the full-width pieces of a too-long word into lines; leaves the rest in {@code line}. */
    private static float breakWord(String word, GlyphWidths w, float size, float width, List<String> lines,
                                   StringBuilder line) {
        float used = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float cw = w.width(ch, size);
            if (used + cw > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += cw;
            i += Character.charCount(cp);
        }
        return used;
    }
}
