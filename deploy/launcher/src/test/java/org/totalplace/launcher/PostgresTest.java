package org.totalplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresTest {

    private final Postgres postgres = Postgres.fromEnvironment();

    @Test
    void shouldCreateAUniqueDatabaseAndDropIt() {
        String first = postgres.createUniqueDatabase("launcher");
        String second = postgres.createUniqueDatabase("launcher");
        try {
            assertThat(first).startsWith("launcher_test_").isNotEqualTo(second);
            assertThat(postgres.databaseExists(first)).isTrue();
        } finally {
            postgres.dropDatabase(first);
            postgres.dropDatabase(second);
        }
        assertThat(postgres.databaseExists(first)).isFalse();
    }

    @Test
    void shouldCreateANamedDatabaseOnlyOnce() {
        String name = postgres.createUniqueDatabase("ensure");
        postgres.dropDatabase(name);
        try {
            assertThat(postgres.ensureDatabase(name)).isTrue();
            assertThat(postgres.ensureDatabase(name)).isFalse();
        } finally {
            postgres.dropDatabase(name);
        }
    }

    @Test
    void shouldExplainWhatToDoWhenTheServerIsUnreachable() {
        Postgres nowhere = Postgres.fromEnvironment(Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(FreePorts.next())));
        assertThatThrownBy(nowhere::checkReachable)
                .isInstanceOf(InfrastructureException.class)
                .hasMessageContaining("PostgreSQL is not reachable")
                .hasMessageContaining("PGHOST");
    }

    @Test
    void shouldRejectANonNumericPort() {
        assertThatThrownBy(() -> Postgres.fromEnvironment(Map.of("PGPORT", "five")))
                .isInstanceOf(InfrastructureException.class)
                .hasMessageContaining("PGPORT");
    }
}
