package org.amparo.store.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The backups in some folders read without any key (their manifests only), newest first: what the unlock
 * screen can offer when the vault itself cannot be opened. Their tags are checked when one is restored, with
 * the passphrase the user typed.
 */
public final class BackupShelf {
    private BackupShelf() {
    }

    /**
     * Readable backups, newest first; those whose header is not the vault's ({@code vaultHeader}, when it can
     * be read) are marked {@link BackupEntry.Status#OTHER_PASSPHRASE}, the others {@link BackupEntry.Status#GOOD}
     * (not yet checked by their tag).
     */
    public static List<BackupEntry> newestFirst(List<Path> folders, Path vaultHeader) {
        byte[] header = null;
        try {
            header = Files.readAllBytes(vaultHeader);
        } catch (IOException e) {
            // a damaged or missing header: every readable backup is a candidate
        }
        List<BackupEntry> out = new ArrayList<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + BackupArchive.SUFFIX)) {
                for (Path f : files) {
                    try {
                        BackupArchive.Contents c = BackupArchive.readPlain(f);
                        boolean same = header == null || Backups.sameKey(c.header(), header);
                        out.add(new BackupEntry(f, c.manifest(), same ? BackupEntry.Status.GOOD
                                : BackupEntry.Status.OTHER_PASSPHRASE));
                    } catch (IOException | RuntimeException unreadable) {
                        // not offered
                    }
                }
            } catch (IOException e) {
                // an unreadable folder offers nothing
            }
        }
        out.sort(Comparator.comparing((BackupEntry b) -> b.manifest().createdAt()).reversed());
        return out;
    }
}
