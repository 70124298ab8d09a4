package org.amparo.service.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A sheet written on a thread of its own while the workbook's other sheets are: its XML is compressed into memory
 * (never into a file), then added to the workbook as an already compressed entry. It stops when told to (the
 * export failed or was cancelled), and the export waits for it to end before it returns.
 */
final class SheetAhead {
    /** The compressed part, with what the zip entry states about it. */
    private record Part(Buffer deflated, long crc, long size, long rows) {
    }

    /** The compressed bytes, read back without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 20);
        }

        ByteArrayInputStream read() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }

    private final String entryName;
    private final FutureTask<Part> task;

    private SheetAhead(String entryName, FutureTask<Part> task) {
        this.entryName = entryName;
        this.task = task;
    }

    /** Starts writing the sheet; {@code stop} set makes it give up at its next row. */
    static SheetAhead start(String entryName, String xml, SheetPlan plan, CellStyles styles, AtomicBoolean stop) {
        FutureTask<Part> task = new FutureTask<>(() -> {
            Deflater deflater = new Deflater(WorkbookZipWriter.DEFLATE_LEVEL, true);
            try {
                Buffer out = new Buffer();
                CRC32 crc = new CRC32();
                DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater, 1 << 16);
                long rows = SheetXml.write(xml, plan, styles, new CheckedOutputStream(deflating, crc),
                        (done, total) -> !stop.get(), 0, new long[1]);
                deflating.finish();
                return new Part(out, crc.getValue(), deflater.getBytesRead(), rows);
            } finally {
                deflater.end();
            }
        });
        Thread thread = new Thread(task, "amparo-export-" + entryName);
        thread.setDaemon(true);
        thread.start();
        return new SheetAhead(entryName, task);
    }

    /**
     * Waits for the sheet (asking {@code stillWanted} every so often, so a cancel is not held up by it) and adds it
     * to the workbook; @return its data rows.
     */
    long writeInto(ZipArchiveOutputStream zip, BooleanSupplier stillWanted) throws IOException {
        Part part = result(stillWanted);
        ZipArchiveEntry entry = new ZipArchiveEntry(entryName);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setCrc(part.crc());
        entry.setSize(part.size());
        entry.setCompressedSize(part.deflated().size());
        zip.addRawArchiveEntry(entry, part.deflated().read());
        return part.rows();
    }

    /** Waits until the sheet's thread has ended, however it ends (the export is leaving). */
    void awaitEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Part result(BooleanSupplier stillWanted) throws IOException {
        try {
            while (true) {
                try {
                    return task.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!stillWanted.getAsBoolean()) {
                        throw new CancellationException();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("sheet failed", cause);
        }
    }
}
