package org.totalplace.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a service process starts with: its own database, the broker, the shared data folder, the token
 * issuer and public key, and (reporting-service only) the key that seals webhook secrets. One place for what
 * {@code ./deploy/run}, the end-to-end tests and the benchmarks' stack all give a service.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(ServiceSpec spec, Postgres postgres, String database, KafkaBroker broker,
                                         Path keysDirectory, String issuer) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("TOTALPLACE_SHARED_DIR", ProjectLayout.sharedDir().toString());
        env.put("TOTALPLACE_JWT_PUBLIC_KEY_LOCATION", Keys.publicKeyFile(keysDirectory).toAbsolutePath().toString());
        env.put("TOTALPLACE_JWT_ISSUER", issuer);
        if (spec.equals(ServiceSpec.REPORTING)) {
            env.put("TOTALPLACE_WEBHOOK_SECRET_KEY_LOCATION",
                    Keys.webhookSecretKeyFile(keysDirectory).toAbsolutePath().toString());
        }
        return env;
    }
}
