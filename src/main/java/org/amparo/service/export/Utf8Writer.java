package org.amparo.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes characters as UTF-8 into a byte buffer of its own and hands full buffers to the stream under it. The sheet
 * XML is written a few characters at a time, tens of millions of times for a big register: this saves the lock
 * taken on every write by {@code BufferedWriter}, and the second buffer and copy of {@code OutputStreamWriter}.
 * Like the JDK's encoder, a surrogate without its other half becomes {@code ?}. Not safe for use by two threads.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    /** A high surrogate written last, waiting for its low half (0: none). */
    private char high;

    /** @param size the buffer's size in bytes (at least 4) */
    Utf8Writer(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(4, size)];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80 && high == 0 && pos < buf.length) {
                buf[pos++] = (byte) ch;
            } else {
                put(ch);
            }
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(String.valueOf(chars, off, len)); // not how the sheets are written: they write strings
    }

    private void put(char ch) throws IOException {
        if (pos > buf.length - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(ch)) {
                int cp = Character.toCodePoint(h, ch);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[pos++] = '?';
        }
        if (ch < 0x80) {
            buf[pos++] = (byte) ch;
        } else if (ch < 0x800) {
            buf[pos++] = (byte) (0xC0 | ch >> 6);
            buf[pos++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch)) {
            high = ch;
        } else if (Character.isLowSurrogate(ch)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | ch >> 12);
            buf[pos++] = (byte) (0x80 | ch >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | ch & 0x3F);
        }
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Hands over what is buffered (a high surrogate still waits for its other half, as in the JDK's writer). */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes, writing a high surrogate left alone as {@code ?}; does not close the stream under it. */
    @Override
    public void close() throws IOException {
        if (high != 0) {
            high = 0;
            if (pos > buf.length - 4) {
                drain();
            }
            buf[pos++] = '?';
        }
        flush();
    }
}
