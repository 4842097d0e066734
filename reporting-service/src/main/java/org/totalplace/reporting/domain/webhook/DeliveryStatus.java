package org.totalplace.reporting.domain.webhook;

import java.util.Locale;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (or in flight). */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed, or the subscription was deactivated; can be redelivered by hand. */
    FAILED;

    /** As stored and shown: {@code pending}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
