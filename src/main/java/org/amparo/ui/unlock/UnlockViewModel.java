package org.amparo.ui.unlock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.amparo.service.Messages;
import org.amparo.service.VaultProblemText;
import org.amparo.store.backup.BackupEntry;
import org.amparo.store.backup.BackupRestorer;
import org.amparo.store.backup.BackupShelf;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultException;
import org.amparo.store.vault.VaultFiles;
import org.amparo.store.vault.VaultOpener;
import org.amparo.store.vault.VaultProblem;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.common.Notice;

/**
 * The first screen: create a vault (passphrase twice, strength, no-recovery warning) or unlock one, in the
 * background (the key derivation takes about a second), with one clear message for each way it can fail.
 */
public final class UnlockViewModel extends NewPassphraseForm {
    /** What the screen offers for the chosen folder. */
    public enum Mode { CHECKING, CREATE, UNLOCK }

    static final String BUNDLE = "org.amparo.ui.unlock";

    private final VaultOpener opener;
    private final BackupRestorer restorer;
    private final Clock clock = Clock.systemUTC();
    private final ReadOnlyObjectWrapper<BackupEntry> offer = new ReadOnlyObjectWrapper<>();
    private final List<BackupEntry> candidates = new ArrayList<>();
    private final FxTaskRunner runner;
    private final ObjectProperty<Locale> locale;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.CHECKING);
    private final Notice notice;
    private Consumer<Vault> onOpened = v -> { };

    public UnlockViewModel(VaultOpener opener, FxTaskRunner runner, ObjectProperty<Locale> locale, Path folder) {
        this(opener, new BackupRestorer(Clock.systemDefaultZone()), runner, locale, folder);
    }

    public UnlockViewModel(VaultOpener opener, BackupRestorer restorer, FxTaskRunner runner,
                           ObjectProperty<Locale> locale, Path folder) {
        this.opener = opener;
        this.restorer = restorer;
        this.runner = runner;
        this.locale = locale;
        this.folder.set(folder);
        canSubmitWhen(Bindings.createBooleanBinding(() -> !busyProperty().get() && mode.get() != Mode.CHECKING
                && !passphraseProperty().get().isEmpty(), busyProperty(), mode, passphraseProperty()));
        this.notice = new Notice(locale);
        showNotice(notice);
    }

    /** Called with the open vault after a successful create or unlock (on the user-interface thread). */
    public void setOnOpened(Consumer<Vault> onOpened) {
        this.onOpened = onOpened;
    }

    /** Looks at the folder (in the background): a vault there is unlocked, an empty place gets a new one. */
    public void checkFolder() {
        Path f = folder.get();
        mode.set(Mode.CHECKING);
        runner.run(() -> new VaultFiles(f).exists() || Files.exists(new VaultFiles(f).database()),
                exists -> {
                    if (f.equals(folder.get())) {
                        mode.set(exists ? Mode.UNLOCK : Mode.CREATE);
                    }
                }, e -> notice.say(l -> words(l).get("unlock.folderUnreadable", f)));
    }

    /** "Open another vault…": a vault folder elsewhere (or an empty folder for a new vault). */
    public void chooseFolder(Path other) {
        if (other == null || busyProperty().get()) {
            return;
        }
        folder.set(other);
        offer.set(null);
        candidates.clear();
        clearNewPassphrase();
        notice.clear();
        checkFolder();
    }

    /** Creates or unlocks, as the mode says; wrong input gets a message and keeps what was typed. */
    public void submit() {
        if (!canSubmitProperty().get()) {
            return;
        }
        Path f = folder.get();
        if (mode.get() == Mode.CREATE) {
            if (tooShort()) {
                notice.say(l -> words(l).get("unlock.tooShort", PassphraseStrength.MIN_LENGTH));
                return;
            }
            if (repeatDiffers()) {
                notice.say(l -> words(l).get("unlock.mismatch"));
                return;
            }
        }
        boolean create = mode.get() == Mode.CREATE;
        char[] secret = passphraseProperty().get().toCharArray();
        setBusy(true);
        notice.say(l -> words(l).get(create ? "unlock.creating" : "unlock.unlocking"));
        runner.run(() -> {
            try {
                return create ? opener.create(f, secret) : opener.open(f, secret);
            } finally {
                java.util.Arrays.fill(secret, ' ');
            }
        }, vault -> {
            setBusy(false);
            clearNewPassphrase();
            mode.set(Mode.UNLOCK);
            notice.clear();
            onOpened.accept(vault);
        }, e -> {
            setBusy(false);
            if (e instanceof VaultException ve && ve.problem() == VaultProblem.DAMAGED && !create) {
                findBackups(f, ve);
            } else if (e instanceof VaultException ve) {
                notice.say(l -> VaultProblemText.of(ve, new Messages(l)));
            } else {
                notice.say(l -> words(l).get("unlock.failed"));
            }
        });
    }

    /**
     * Restores a backup into the (closed) vault folder, in the background; the vault as it was is kept aside.
     * The passphrase is the one the backup was made under; it is wiped once used.
     */
    public void restoreBackup(Path backup, Instant madeAt, char[] backupPassphrase, String actor) {
        restore(backup, madeAt, backupPassphrase, actor, () -> { }, e -> notice.say(l -> restoreProblem(e, l)));
    }

    /** The vault would not open (damaged): offers the newest backup of its folders, if there is one. */
    private void findBackups(Path f, VaultException damage) {
        List<Path> folders = List.of(new VaultFiles(f).backups());
        runner.run(() -> BackupShelf.newestFirst(folders, new VaultFiles(f).header()).stream()
                .filter(b -> b.status() == BackupEntry.Status.GOOD).toList(), found -> {
                    candidates.clear();
                    candidates.addAll(found);
                    offerNext(l -> VaultProblemText.of(damage, new Messages(l)));
                }, e -> notice.say(l -> VaultProblemText.of(damage, new Messages(l))));
    }

    private void offerNext(Function<Locale, String> before) {
        BackupEntry next = candidates.isEmpty() ? null : candidates.get(0);
        offer.set(next);
        if (next == null) {
            notice.say(l -> before.apply(l) + " " + words(l).get("unlock.noBackup"));
            return;
        }
        Duration age = Duration.between(next.manifest().createdAt(), clock.instant());
        notice.say(l -> before.apply(l) + " " + words(l).get("unlock.backupOffer", age(age, l),
                BackupTime.of(next.manifest().createdAt(), l), next.manifest().caseCount()));
    }

    /**
     * "Restore this backup" after a damaged vault: restores the offered backup with the passphrase typed (its
     * tag is checked with it), then unlocks. A backup that turns out damaged is dropped and the next one offered.
     */
    public void restoreOffered() {
        BackupEntry b = offer.get();
        if (b == null || busyProperty().get() || passphraseProperty().get().isEmpty()) {
            return;
        }
        restore(b.file(), b.manifest().createdAt(), passphraseProperty().get().toCharArray(), "", () -> {
            offer.set(null);
            candidates.clear();
            submit();
        }, e -> {
            if (e instanceof VaultException ve && ve.problem() == VaultProblem.DAMAGED) {
                candidates.remove(b);
                offerNext(l -> words(l).get("unlock.restoreDamaged"));
            } else {
                notice.say(l -> restoreProblem(e, l));
            }
        });
    }

    private static String age(Duration age, Locale l) {
        long hours = Math.max(0, age.toHours());
        return hours < 48 ? words(l).get("unlock.age.hours", hours) : words(l).get("unlock.age.days", hours / 24);
    }

    private void restore(Path backup, Instant madeAt, char[] backupPassphrase, String actor, Runnable then,
                         java.util.function.Consumer<Exception> failed) {
        Path f = folder.get();
        setBusy(true);
        notice.say(l -> words(l).get("unlock.restoring"));
        runner.run(() -> {
            try {
                return restorer.restore(f, backup, backupPassphrase, actor);
            } finally {
                java.util.Arrays.fill(backupPassphrase, ' ');
            }
        }, result -> {
            setBusy(false);
            mode.set(Mode.UNLOCK);
            notice.say(l -> words(l).get("unlock.restored", BackupTime.of(madeAt, l), result.caseCount(),
                    result.keptAside()));
            then.run();
        }, e -> {
            setBusy(false);
            failed.accept(e);
        });
    }

    private static String restoreProblem(Exception e, Locale l) {
        if (e instanceof VaultException ve) {
            return switch (ve.problem()) {
                case DAMAGED -> words(l).get("unlock.restoreDamaged");
                case WRONG_PASSPHRASE -> words(l).get("unlock.restoreWrongPassphrase");
                default -> VaultProblemText.of(ve, new Messages(l));
            };
        }
        return words(l).get("unlock.failed");
    }

    /** Shows a message on the unlock screen (after a passphrase change, a restore). */
    public void tell(Function<Locale, String> message) {
        notice.say(message);
    }

    private static Messages words(Locale l) {
        return new Messages(BUNDLE, l);
    }

    /** The backup offered after the vault would not open (damaged), or null. */
    public ReadOnlyObjectProperty<BackupEntry> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }
}
