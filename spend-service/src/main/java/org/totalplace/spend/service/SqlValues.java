package org.totalplace.spend.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the JDBC driver and Hibernate hand back. */
final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column: a Timestamp, an OffsetDateTime or an Instant, depending on the path. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
