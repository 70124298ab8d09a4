package org.amparo.store.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The backups in some folders read without any key (their manifests only), newest first: what the unlock
 * screen can offer when the vault itself cannot be opened, and the listing {@link Backups} checks the tags of.
 * Tags are checked when one is restored, with the passphrase the user typed.
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
        byte[] header = readQuietly(vaultHeader);
        // a damaged or missing header: every readable backup is a candidate
        Predicate<byte[]> sameVault = header == null ? h -> true : h -> Backups.sameKey(h, header);
        List<BackupEntry> out = new ArrayList<>();
        for (Path folder : folders) {
            inFolder(folder, sameVault).stream().filter(b -> b.status() != BackupEntry.Status.UNREADABLE)
                    .forEach(out::add);
        }
        return newestFirst(out);
    }

    /**
     * Every backup file in one folder (none when it is missing or cannot be listed), read without a key:
     * {@link BackupEntry.Status#UNREADABLE} (no manifest) when it cannot be read,
     * {@link BackupEntry.Status#OTHER_PASSPHRASE} when {@code sameVault} refuses its header, otherwise
     * {@link BackupEntry.Status#GOOD} (its tag not checked). In no particular order.
     */
    static List<BackupEntry> inFolder(Path folder, Predicate<byte[]> sameVault) {
        List<BackupEntry> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + BackupArchive.SUFFIX)) {
            for (Path f : files) {
                out.add(entry(f, sameVault));
            }
        } catch (IOException e) {
            // an unreadable folder offers no more
        }
        return out;
    }

    /** The entries, newest first (those without a manifest last). */
    static List<BackupEntry> newestFirst(List<BackupEntry> entries) {
        List<BackupEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((BackupEntry b) -> b.manifest() == null ? Instant.EPOCH
                : b.manifest().createdAt()).reversed());
        return sorted;
    }

    static byte[] readQuietly(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static BackupEntry entry(Path f, Predicate<byte[]> sameVault) {
        try {
            BackupArchive.Contents c = BackupArchive.readPlain(f);
            return new BackupEntry(f, c.manifest(), sameVault.test(c.header()) ? BackupEntry.Status.GOOD
                    : BackupEntry.Status.OTHER_PASSPHRASE);
        } catch (IOException | RuntimeException unreadable) {
            return new BackupEntry(f, null, BackupEntry.Status.UNREADABLE);
        }
    }
}
