package org.totalplace.reporting.domain.webhook;

/** Fired inside a consumer's (or a redelivery's) transaction that queued webhook deliveries; seen after commit. */
public record DeliveriesQueued(int count) {
}
