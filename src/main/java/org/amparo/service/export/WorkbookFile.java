package org.amparo.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.amparo.store.files.AtomicFile;
import org.amparo.store.vault.DatabaseFailure;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a planned workbook to the user's file: into a temporary file beside it, renamed at the end, so a
 * failure or a cancel leaves no partial file and the old file untouched. With a password the workbook is
 * encrypted with POI's agile encryption (what Excel and LibreOffice open); POI then keeps only encrypted
 * chunks in its own temporary file, never the workbook's text.
 */
final class WorkbookFile {
    private WorkbookFile() {
    }

    static void write(Path file, List<SheetPlan> plans, String footerLeft, String title, ExportWords words,
                      ExportOptions options, ExportProgress progress) throws ExportException {
        ExportProgress listener = progress == null ? ExportProgress.NONE : progress;
        try {
            WorkbookZipWriter.Templates template = p -> WorkbookTemplate.build(p, footerLeft, title, words);
            AtomicFile.write(file, out -> {
                if (options.encrypted()) {
                    encrypted(template, plans, out, options.password(), listener);
                } else {
                    WorkbookZipWriter.write(plans, template, out, listener);
                }
            });
        } catch (CancellationException e) {
            throw new ExportException("export.cancelled");
        } catch (IOException | UncheckedIOException e) {
            // a failed read handed over by a reading thread comes wrapped in an IOException
            throw DatabaseFailure.in(e) ? new ExportException(VaultReads.CANNOT_READ)
                    : new ExportException("export.cannotWrite", file.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            throw VaultReads.failed(e); // the rows are read from the vault while the file is written
        }
    }

    private static void encrypted(WorkbookZipWriter.Templates template, List<SheetPlan> plans, OutputStream out,
                                  char[] password, ExportProgress progress) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(new String(password));
            try (OutputStream plain = encryptor.getDataStream(fs)) {
                WorkbookZipWriter.write(plans, template, plain, progress);
            }
            fs.writeFilesystem(out);
        } catch (GeneralSecurityException e) {
            throw new IOException("encryption unavailable", e);
        }
    }
}
