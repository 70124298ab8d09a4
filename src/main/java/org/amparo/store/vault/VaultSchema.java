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
        Flyway flyway = Flyway.configure(VaultSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .cleanDisabled(true)
                .load();
        MigrationInfo[] all = flyway.info().all();
        boolean newer = Arrays.stream(all).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new VaultException(VaultProblem.NEWER_VERSION, null, null);
        }
        return flyway.migrate().migrationsExecuted > 0;
    }
}
