package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    @Test
    void writesWhatTheJdkEncodesForEveryKindOfCharacter() throws IOException {
        for (String s : new String[] {"", "plain ASCII <row r=\"1\">", "Güemes, Peña, São Tomé", "日本語 Ωμέγα",
                "emoji \uD83D\uDE00 and \uD83C\uDDF2\uD83C\uDDFD", "lone high \uD83D end", "lone low \uDE00 end",
                "high at the end \uD83D", "\uD83D\uD83D\uDE00 two highs"}) {
            assertArrayEquals(jdk(s), mine(s, 4096, 1000), s);
            assertArrayEquals(jdk(s), mine(s, 4, 1), s + " (tiny buffer, a character at a time)");
        }
    }

    @Test
    void matchesTheJdkOnRandomTextWrittenInRandomPieces() throws IOException {
        Random r = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(switch (r.nextInt(5)) {
                    case 0 -> (char) r.nextInt(0x80);
                    case 1 -> (char) (0x80 + r.nextInt(0x780));
                    case 2 -> (char) (0x800 + r.nextInt(0xD000));
                    case 3 -> (char) (0xD800 + r.nextInt(0x800)); // surrogates, paired or not
                    default -> (char) (0xE000 + r.nextInt(0x2000));
                });
            }
            String s = b.toString();
            assertArrayEquals(jdk(s), mine(s, 4 + r.nextInt(64), 1 + r.nextInt(17)), "round " + round);
        }
    }

    private static byte[] jdk(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the text in pieces of {@code piece} characters, alternating String and char[] writes. */
    private static byte[] mine(String s, int buffer, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(out, buffer);
        for (int i = 0, k = 0; i < s.length(); i += piece, k++) {
            int end = Math.min(s.length(), i + piece);
            if (k % 3 == 0) {
                w.write(s, i, end - i);
            } else if (k % 3 == 1) {
                w.write(s.toCharArray(), i, end - i);
            } else {
                for (int j = i; j < end; j++) {
                    w.write(s.charAt(j));
                }
            }
        }
        w.close();
        return out.toByteArray();
    }
}
