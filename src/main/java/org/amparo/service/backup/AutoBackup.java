package org.amparo.service.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.Backups;
import org.amparo.store.vault.Vault;

/**
 * Backups made without being asked: when the vault locks or the app closes, and at least daily while it is
 * open. Each goes into the vault's own backup folder and, when the user set one, a second folder (an external
 * drive). A destination that fails is reported and does not stop the others. Call it on a background thread.
 */
public final class AutoBackup {
    /** How old the newest backup may get while the vault is open. */
    public static final Duration DAILY = Duration.ofHours(24);

    private final Vault vault;
    private final Backups backups;

    public AutoBackup(Vault vault, Backups backups) {
        this.vault = vault;
        this.backups = backups;
    }

    /** What happened at one destination: the backup made, or why it could not be made. */
    public record Outcome(Path folder, BackupEntry made, Exception failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Backs up into every destination now (nothing when the vault is already closed). */
    public List<Outcome> backUpNow(Path secondFolder) {
        return backUp(secondFolder, null);
    }

    /** Backs up into each destination whose newest backup is older than {@code maxAge} (or that has none). */
    public List<Outcome> backUpWhereDue(Path secondFolder, Duration maxAge) {
        return backUp(secondFolder, maxAge);
    }

    /** The vault's backup folder, then the second folder when it is set and not the same place. */
    public List<Path> destinations(Path secondFolder) {
        List<Path> out = new ArrayList<>();
        out.add(backups.defaultFolder());
        if (secondFolder != null && !secondFolder.toAbsolutePath().normalize()
                .equals(backups.defaultFolder().toAbsolutePath().normalize())) {
            out.add(secondFolder);
        }
        return out;
    }

    public Backups backups() {
        return backups;
    }

    private List<Outcome> backUp(Path secondFolder, Duration dueAfter) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path folder : destinations(secondFolder)) {
            if (vault.isClosed()) {
                break;
            }
            if (dueAfter != null && !backups.isDue(folder, dueAfter)) {
                continue;
            }
            try {
                outcomes.add(new Outcome(folder, backups.create(folder), null));
            } catch (Exception e) { // a full or missing drive (IOException) or a database refusal
                outcomes.add(new Outcome(folder, null, e));
            }
        }
        return outcomes;
    }
}
