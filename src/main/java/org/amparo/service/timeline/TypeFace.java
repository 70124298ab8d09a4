package org.amparo.service.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two faces a timeline is set in: DejaVu Sans and DejaVu Sans Bold, shipped inside the jar
 * ({@code org/amparo/fonts/}, Bitstream Vera licence). The PDF embeds them and the printer renders them, so
 * both measure text with the same glyph widths.
 */
public enum TypeFace {
    REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

    private final String file;
    private volatile byte[] bytes;
    private volatile byte[] pdfBytes;

    TypeFace(String file) {
        this.file = file;
    }

    /** The resource path of the font file, for loaders that want a stream. */
    public String resource() {
        return "/org/amparo/fonts/" + file;
    }

    /**
     * The font file's bytes (read once) as the PDF embeds them: with the glyph substitution table (GSUB)
     * hidden, so PDFBox sets each character as its own glyph, as the printer does (no ligatures), and does not
     * run its complex-script shaping on every line (it made writing a 500-event PDF take seconds).
     */
    public byte[] pdfBytes() {
        byte[] b = pdfBytes;
        if (b == null) {
            b = withoutTable(bytes(), "GSUB");
            pdfBytes = b;
        }
        return b;
    }

    /** A copy of a TrueType file whose table directory no longer names the table (its bytes stay, unused). */
    static byte[] withoutTable(byte[] ttf, String tag) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        byte[] t = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == t[0] && copy[at + 1] == t[1] && copy[at + 2] == t[2] && copy[at + 3] == t[3]) {
                copy[at + 3] = 'x';
            }
        }
        return copy;
    }

    /** The font file's bytes (read once). */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = TypeFace.class.getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: " + file);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = b;
        }
        return b;
    }
}
