package org.amparo.ui.backups;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The user confirmed a restore: the backup, what its manifest says, and the passphrase typed for it (the app
 * wipes it once used). The app closes the vault and restores it from the unlock screen.
 */
public record RestoreRequest(Path backup, Instant createdAt, int caseCount, char[] passphrase) {
}
