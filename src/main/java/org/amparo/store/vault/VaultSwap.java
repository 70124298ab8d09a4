package org.amparo.store.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a vault's database and header together (a restore, a passphrase change) so that a crash at any
 * moment leaves either the old pair or the new pair, never a mix:
 * <ol>
 * <li>the new files are written into {@code .swap-staging/} and flushed;</li>
 * <li>renaming it to {@code .swap-ready/} is the commit point;</li>
 * <li>the current seal is deleted, each current file is moved aside (into {@code keepAside}), then the new one
 * moved in; last, the staged copy's seal (written when the checked copy was closed) is moved in.</li>
 * </ol>
 * A seal ({@link VaultSeal}) that does not match its database means damage, so none may survive a swap: a
 * crash before the staged seal is in leaves no seal, and the next open reads the whole file.
 * {@link #recover} runs before every open: it finishes a committed swap and drops an uncommitted one.
 */
public final class VaultSwap {
    static final String STAGING = ".swap-staging";
    static final String READY = ".swap-ready";
    static final String ASIDE_FILE = "aside-to";
    private static final String SEAL = VaultFiles.SEAL_NAME;
    private static final List<String> FILES = List.of(VaultFiles.DB_NAME + ".mv.db", "vault.properties");

    /** Called between the steps, so tests can stop the process at each one. */
    @FunctionalInterface
    public interface Steps {
        Steps NONE = step -> { };

        void reached(String step);
    }

    private VaultSwap() {
    }

    /** A fresh, empty staging folder inside the vault folder. */
    public static Path staging(Path vaultFolder) throws IOException {
        Path staging = vaultFolder.resolve(STAGING);
        deleteTree(staging);
        return Files.createDirectories(staging);
    }

    /**
     * Commits the staged files (both must be there) and moves them into place; the current files are kept in
     * {@code keepAside} (a folder inside the vault folder), or deleted when it is null.
     */
    public static void commit(Path vaultFolder, Path keepAside, Steps steps) throws IOException {
        Path staging = vaultFolder.resolve(STAGING);
        for (String f : FILES) {
            if (!Files.isRegularFile(staging.resolve(f))) {
                throw new IOException("staged file missing: " + f);
            }
            fsync(staging.resolve(f));
        }
        Files.writeString(staging.resolve(ASIDE_FILE), keepAside == null ? "" : keepAside.getFileName().toString());
        fsync(staging.resolve(ASIDE_FILE));
        steps.reached("staged");
        move(staging, vaultFolder.resolve(READY));
        fsyncDir(vaultFolder);
        steps.reached("committed");
        finish(vaultFolder, steps);
    }

    /** Finishes a committed swap, or drops a half-staged one. Safe to run at any time the vault is closed. */
    public static void recover(Path vaultFolder) throws VaultException {
        try {
            deleteTree(vaultFolder.resolve(STAGING));
            if (Files.isDirectory(vaultFolder.resolve(READY))) {
                finish(vaultFolder, Steps.NONE);
            }
        } catch (IOException e) {
            throw new VaultException(VaultProblem.CANNOT_WRITE, vaultFolder, e);
        }
    }

    private static void finish(Path vaultFolder, Steps steps) throws IOException {
        Path ready = vaultFolder.resolve(READY);
        String asideName = Files.exists(ready.resolve(ASIDE_FILE)) ? Files.readString(ready.resolve(ASIDE_FILE)).trim() : "";
        Path aside = asideName.isEmpty() ? vaultFolder.resolve(".swap-old") : vaultFolder.resolve(asideName);
        Files.createDirectories(aside);
        Path seal = vaultFolder.resolve(SEAL);
        Files.deleteIfExists(seal);
        for (String f : FILES) {
            Path incoming = ready.resolve(f);
            if (!Files.exists(incoming)) {
                continue; // already moved in before a crash
            }
            Path current = vaultFolder.resolve(f);
            if (Files.exists(current)) {
                move(current, aside.resolve(f));
                steps.reached("aside:" + f);
            }
            move(incoming, current);
            steps.reached("in:" + f);
        }
        if (Files.exists(ready.resolve(SEAL))) {
            move(ready.resolve(SEAL), seal);
        }
        fsyncDir(vaultFolder);
        deleteTree(ready);
        if (asideName.isEmpty()) {
            deleteTree(aside);
        }
        steps.reached("done");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not every platform can sync a folder; the renames are still ordered
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
