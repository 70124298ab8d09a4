package org.amparo.store.backup;

import java.nio.file.Path;

/** A backup file as the list shows it: its manifest and whether it checks out. */
public record BackupEntry(Path file, BackupManifest manifest, Status status) {

    /** What checking a backup with the current vault's key found. */
    public enum Status {
        /** The tag matches: the backup is whole and unaltered. */
        GOOD,
        /** The tag does not match: damaged or altered; it is never restored. */
        DAMAGED,
        /** Made before a passphrase change: it opens only with the passphrase of that time. */
        OTHER_PASSPHRASE,
        /** Not a readable Amparo backup. */
        UNREADABLE
    }
}
