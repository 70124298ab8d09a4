package org.amparo.testing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** An output that fails at byte N, like a full disk (the injectable failing output of the I/O failure tests). */
public final class FailAt extends FilterOutputStream {
    private long left;

    public FailAt(OutputStream out, long n) {
        super(out);
        this.left = n;
    }

    @Override
    public void write(int b) throws IOException {
        if (--left < 0) {
            throw new IOException("No space left on device");
        }
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }
}
