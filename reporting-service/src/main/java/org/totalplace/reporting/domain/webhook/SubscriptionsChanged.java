package org.totalplace.reporting.domain.webhook;

/** Fired in a transaction that created, replaced or deactivated a subscription; seen after commit. */
public record SubscriptionsChanged() {
}
