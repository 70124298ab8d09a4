package org.amparo.ui.backups;

import org.amparo.store.backup.BackupEntry;

/** One backup as the backups window shows it: the words for each column, and the backup behind them. */
public record BackupRow(BackupEntry entry, String created, String cases, String status, String folder) {

    /** Only a backup that checks out (or one of another passphrase, checked when it is restored) can be restored. */
    public boolean restorable() {
        return entry.status() == BackupEntry.Status.GOOD || entry.status() == BackupEntry.Status.OTHER_PASSPHRASE;
    }
}
