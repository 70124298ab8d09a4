package org.amparo.store.vault;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings a vault's schema up to this version of Amparo (Flyway), refusing vaults made by a newer one. */
final class VaultSchema {
    private VaultSchema() {
    }

    /** @return true when migrations were applied (an older vault was upgraded, or a new one was set up) */
    static boolean migrate(DataSource dataSource) throws VaultException {
        Flyway flyway = flyway(dataSource);
        refuseNewer(flyway);
        return flyway.migrate().migrationsExecuted > 0;
    }

    /** True when this version of Amparo has migrations the vault's schema has not had yet. */
    static boolean hasPending(DataSource dataSource) {
        return flyway(dataSource).info().pending().length > 0;
    }

    /** Refuses a vault whose schema has migrations this version does not know; reads only. */
    static void refuseNewer(DataSource dataSource) throws VaultException {
        refuseNewer(flyway(dataSource));
    }

    private static void refuseNewer(Flyway flyway) throws VaultException {
        MigrationInfo[] all = flyway.info().all();
        boolean newer = Arrays.stream(all).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new VaultException(VaultProblem.NEWER_VERSION, null, null);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(VaultSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .cleanDisabled(true)
                .load();
    }
}
