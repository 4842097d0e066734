package org.totalplace.testkit;

import org.totalplace.launcher.KafkaBroker;
import org.totalplace.launcher.Postgres;

/**
 * What {@link RealInfrastructure} started, for tests that need to act on it directly (stop the broker,
 * open a JDBC connection). Tests normally read {@code kafka.bootstrap.servers} from the config instead.
 */
public final class RunningInfrastructure {

    private static volatile KafkaBroker broker;
    private static volatile Postgres postgres;
    private static volatile String database;

    private RunningInfrastructure() {
    }

    static void set(KafkaBroker runningBroker, Postgres server, String databaseName) {
        broker = runningBroker;
        postgres = server;
        database = databaseName;
    }

    static void clear() {
        broker = null;
        postgres = null;
        database = null;
    }

    public static KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("no test broker is running");
        }
        return broker;
    }

    public static String jdbcUrl() {
        if (postgres == null) {
            throw new IllegalStateException("no test database exists");
        }
        return postgres.jdbcUrl(database);
    }
}
