package org.amparo.store.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Creates and opens vaults. Opening gives exactly one outcome: an open {@link Vault}, or a
 * {@link VaultException} saying the passphrase is wrong, the vault is in use, damaged, or newer.
 */
public final class VaultOpener {
    /** How long unlocking should take on this machine when a vault is created (Argon2id tuning). */
    public static final long UNLOCK_TARGET_MILLIS = 1000;

    private final ReferenceDataSeeder seeder;
    private final java.util.function.Supplier<KdfParameters> newVaultKdf;

    /** @param seeder fills a new vault with the shipped reference data (in the same transaction as its creation) */
    public VaultOpener(ReferenceDataSeeder seeder) {
        this(seeder, () -> KeyDerivation.tune(UNLOCK_TARGET_MILLIS));
    }

    /** @param newVaultKdf the key-derivation settings for new vaults and new passphrases (tests pass the minimum) */
    public VaultOpener(ReferenceDataSeeder seeder, java.util.function.Supplier<KdfParameters> newVaultKdf) {
        this.seeder = seeder;
        this.newVaultKdf = newVaultKdf;
    }

    /** Settings for a new vault or a new passphrase: tuned so unlocking takes about a second here. */
    public KdfParameters kdfForNewVault() {
        return newVaultKdf.get();
    }

    /**
     * Told about an existing vault that this version of Amparo is about to upgrade (its schema has migrations
     * pending), before the first migration runs: the app makes a backup there. Throwing stops the upgrade and
     * the open (the vault is left as it was).
     */
    @FunctionalInterface
    public interface BeforeUpgrade {
        BeforeUpgrade NONE = vault -> { };

        void beforeUpgrade(Vault vault) throws java.io.IOException;
    }

    private BeforeUpgrade beforeUpgrade = BeforeUpgrade.NONE;

    /** Sets what runs before an existing vault is upgraded (a backup, in the app and the command line). */
    public VaultOpener beforeUpgrade(BeforeUpgrade hook) {
        this.beforeUpgrade = hook == null ? BeforeUpgrade.NONE : hook;
        return this;
    }

    /** Hook for seeding a freshly created vault. */
    @FunctionalInterface
    public interface ReferenceDataSeeder {
        void seed(Vault vault);
    }

    public Vault create(Path folder, char[] passphrase) throws VaultException {
        return create(folder, passphrase, kdfForNewVault());
    }

    /** Creates a vault with given key-derivation settings; refuses to touch an existing vault. */
    public Vault create(Path folder, char[] passphrase, KdfParameters kdf) throws VaultException {
        VaultFiles files = new VaultFiles(folder);
        if (files.exists() || Files.exists(files.database())) {
            throw new VaultException(VaultProblem.ALREADY_EXISTS, folder, null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.CANNOT_WRITE, folder, e);
        }
        VaultLock lock = VaultLock.acquire(files.lock());
        VaultKey key = null;
        try {
            byte[] salt = KeyDerivation.newSalt();
            key = KeyDerivation.derive(passphrase, salt, kdf);
            Vault vault = connect(files, key, lock, VaultFiles.Access.CREATE);
            try {
                seeder.seed(vault);
                // the header is written last: a vault folder without it was never finished
                new VaultHeader(VaultHeader.CURRENT_FORMAT, salt, kdf, key.verifier()).write(files.header());
            } catch (IOException | RuntimeException e) {
                vault.close();
                Files.deleteIfExists(files.database());
                throw new VaultException(VaultProblem.CANNOT_WRITE, folder, e);
            }
            return vault;
        } catch (VaultException e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new VaultException(VaultProblem.CANNOT_WRITE, folder, e);
        } finally {
            if (key != null) {
                key.destroy();
            }
        }
    }

    public Vault open(Path folder, char[] passphrase) throws VaultException {
        VaultFiles files = new VaultFiles(folder);
        if (!Files.isDirectory(folder) || !files.exists() && !Files.exists(files.database())
                && !Files.isDirectory(folder.resolve(VaultSwap.READY))) {
            // checked before taking the lock, so a folder without a vault is left without a lock file
            throw new VaultException(VaultProblem.NOT_FOUND, folder, null);
        }
        VaultLock lock = VaultLock.acquire(files.lock());
        VaultKey key = null;
        try {
            VaultSwap.recover(folder);
            if (!files.exists() && !Files.exists(files.database())) {
                throw new VaultException(VaultProblem.NOT_FOUND, folder, null);
            }
            if (!files.exists()) {
                throw new VaultException(VaultProblem.DAMAGED, files.header(), null);
            }
            VaultHeader header = VaultHeader.read(files.header());
            key = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
            if (!key.matches(header.verifier())) {
                throw new VaultException(VaultProblem.WRONG_PASSPHRASE, folder, null);
            }
            if (!Files.isRegularFile(files.database())) {
                throw new VaultException(VaultProblem.DAMAGED, files.database(), null);
            }
            VaultSeal.State seal = sealState(files, key);
            if (seal == VaultSeal.State.BROKEN) {
                // the file changed after the last clean close: nothing but damage does that
                throw new VaultException(VaultProblem.DAMAGED, files.database(), null);
            }
            VaultProbe.check(files, key, seal == VaultSeal.State.ABSENT);
            return connect(files, key, lock, VaultFiles.Access.READ_WRITE, beforeUpgrade);
        } catch (VaultException e) {
            lock.close();
            throw e;
        } finally {
            if (key != null) {
                key.destroy();
            }
        }
    }

    /**
     * Opens a copy of a vault (a backup being verified, a re-encrypted vault) with a key already derived,
     * without running the key derivation again. The copy's folder holds a database and a header.
     */
    public static Vault openCopy(Path folder, VaultKey key) throws VaultException {
        VaultFiles files = new VaultFiles(folder);
        VaultLock lock = VaultLock.acquire(files.lock());
        try {
            if (!Files.isRegularFile(files.database())) {
                throw new VaultException(VaultProblem.DAMAGED, files.database(), null);
            }
            return connect(files, key, lock, VaultFiles.Access.READ_WRITE);
        } catch (VaultException e) {
            lock.close();
            throw e;
        }
    }

    private static VaultSeal.State sealState(VaultFiles files, VaultKey key) throws VaultException {
        try {
            return VaultSeal.check(files, key);
        } catch (java.io.IOException e) {
            throw new VaultException(VaultProblem.DAMAGED, files.database(), e);
        }
    }

    /** True when a derived key is the one a header's verifier was made with. */
    public static boolean keyMatches(VaultKey key, VaultHeader header) {
        return key.matches(header.verifier());
    }

    /** Checks a passphrase against a vault's header without opening the database. */
    public static boolean passphraseMatches(Path folder, char[] passphrase) throws VaultException {
        VaultFiles files = new VaultFiles(folder);
        VaultHeader header = VaultHeader.read(files.header());
        VaultKey key = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
        try {
            return key.matches(header.verifier());
        } finally {
            key.destroy();
        }
    }

    /**
     * Opens H2 on the vault's file. Only {@link VaultFiles.Access#CREATE} lets H2 make a database; opening an
     * existing one removes its seal first thing, since H2 may write from then on.
     */
    private static Vault connect(VaultFiles files, VaultKey key, VaultLock lock, VaultFiles.Access access)
            throws VaultException {
        return connect(files, key, lock, access, BeforeUpgrade.NONE);
    }

    private static Vault connect(VaultFiles files, VaultKey key, VaultLock lock, VaultFiles.Access access,
                                 BeforeUpgrade beforeUpgrade) throws VaultException {
        char[] password = key.h2Password();
        Connection keeper = null;
        JdbcConnectionPool pool = null;
        try {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(files.jdbcUrl(access));
            ds.setUser(key.h2User());
            ds.setPasswordChars(password);
            keeper = ds.getConnection();
            VaultSeal.remove(files);
            pool = JdbcConnectionPool.create(ds);
            pool.setMaxConnections(8);
            if (access != VaultFiles.Access.CREATE && beforeUpgrade != BeforeUpgrade.NONE) {
                VaultSchema.refuseNewer(pool);
                if (VaultSchema.hasPending(pool)) {
                    backUpBeforeUpgrade(new Vault(files, pool, keeper, lock, key.copy(), password), beforeUpgrade);
                }
            }
            VaultSchema.migrate(pool);
            return new Vault(files, pool, keeper, lock, key.copy(), password);
        } catch (SQLException e) {
            fail(keeper, pool, password);
            VaultProblem problem = problemOf(e);
            throw new VaultException(access != VaultFiles.Access.CREATE && problem == VaultProblem.NOT_FOUND
                    ? VaultProblem.DAMAGED : problem, files.database(), e);
        } catch (java.io.IOException e) {
            fail(keeper, pool, password);
            throw new VaultException(VaultProblem.CANNOT_WRITE, files.folder(), e);
        } catch (VaultException e) {
            fail(keeper, pool, password);
            throw e;
        } catch (RuntimeException e) {
            // Flyway or H2 failed while reading the schema: the file is damaged
            fail(keeper, pool, password);
            throw new VaultException(VaultProblem.DAMAGED, files.database(), e);
        }
    }

    /** Runs the hook on a vault view that shares the open connections; it must not close them. */
    private static void backUpBeforeUpgrade(Vault notUpgradedYet, BeforeUpgrade hook) throws VaultException {
        try {
            hook.beforeUpgrade(notUpgradedYet);
        } catch (java.io.IOException | RuntimeException e) {
            throw new VaultException(VaultProblem.CANNOT_WRITE, notUpgradedYet.files().backups(), e);
        } finally {
            notUpgradedYet.key().destroy();
        }
    }

    static VaultProblem problemOf(SQLException e) {
        return switch (e.getErrorCode()) {
            case 90020 -> VaultProblem.IN_USE;               // database may be already in use
            case 90146, 90013 -> VaultProblem.NOT_FOUND;     // IFEXISTS: no such database
            case 90096, 90026 -> VaultProblem.CANNOT_WRITE;  // not enough rights / serialization
            default -> VaultProblem.DAMAGED;                 // encryption error, file corrupted, ...
        };
    }

    private static void fail(Connection keeper, JdbcConnectionPool pool, char[] password) {
        closeQuietly(keeper, pool);
        java.util.Arrays.fill(password, ' ');
    }

    private static void closeQuietly(Connection keeper, JdbcConnectionPool pool) {
        try {
            if (keeper != null) {
                keeper.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        if (pool != null) {
            pool.dispose();
        }
    }
}
