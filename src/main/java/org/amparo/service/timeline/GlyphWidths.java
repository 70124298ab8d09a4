package org.amparo.service.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text widths measured with the font's own advance widths, read by PDFBox's font parser from the shipped
 * TTF — the same numbers the PDF's embedded font carries. Characters the font has no glyph for are
 * replaced (see {@link #printable}) so neither the PDF nor the printer shows a hole.
 */
public final class GlyphWidths {
    private static final Map<TypeFace, GlyphWidths> CACHE = new EnumMap<>(TypeFace.class);
    private static final int BMP = 0x10000;
    static final char NO_BREAK_SPACE = '\u00a0';

    /** Advances of the Basic Multilingual Plane, looked up on first use (NaN: not yet). */
    private final float[] bmp = new float[BMP];
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsToThousandths;
    private final float ascent;
    private final float descent;

    private GlyphWidths(TypeFace face) throws IOException {
        font = new TTFParser().parse(new RandomAccessReadBuffer(face.pdfBytes()));
        cmap = font.getUnicodeCmapLookup();
        unitsToThousandths = 1000f / font.getUnitsPerEm();
        ascent = font.getHorizontalHeader().getAscender() * unitsToThousandths;
        descent = -font.getHorizontalHeader().getDescender() * unitsToThousandths;
        java.util.Arrays.fill(bmp, Float.NaN);
    }

    public static synchronized GlyphWidths of(TypeFace face) {
        return CACHE.computeIfAbsent(face, f -> {
            try {
                return new GlyphWidths(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The width of text at a font size, in points. The text must already be {@link #printable}. */
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /** Height above the baseline, as a fraction of the font size. */
    public float ascent() {
        return ascent / 1000f;
    }

    /** Depth below the baseline, as a fraction of the font size. */
    public float descent() {
        return descent / 1000f;
    }

    public boolean hasGlyph(int codePoint) {
        return advance(codePoint) >= 0;
    }

    /**
     * The text as both renderers can show it: line breaks and tabs become spaces, other control characters
     * go, every kind of space but the no-break space (which keeps words on one line) becomes a plain space,
     * and a character the font lacks becomes "?".
     */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == NO_BREAK_SPACE) {
                sb.append(NO_BREAK_SPACE);
            } else if (cp == '\n' || cp == '\r' || cp == '\t' || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                continue;
            } else if (hasGlyph(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** The advance in thousandths of the font size; negative when the font has no glyph. */
    private float advance(int cp) {
        if (cp < BMP) {
            float a = bmp[cp];
            if (Float.isNaN(a)) {
                a = lookUp(cp);
                bmp[cp] = a;
            }
            return a;
        }
        return lookUp(cp);
    }

    private float lookUp(int cp) {
        synchronized (this) {
            try {
                int gid = cmap.getGlyphId(cp);
                return gid == 0 ? -1f : font.getAdvanceWidth(gid) * unitsToThousandths;
            } catch (IOException e) {
                return -1f;
            }
        }
    }
}
