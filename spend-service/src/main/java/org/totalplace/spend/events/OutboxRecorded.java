package org.totalplace.spend.events;

import java.util.UUID;

/** Fired when an event is written to the outbox; observed after a successful commit to wake the relay. */
public record OutboxRecorded(UUID eventId) {
}
