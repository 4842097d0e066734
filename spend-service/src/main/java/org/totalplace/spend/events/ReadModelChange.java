package org.totalplace.spend.events;

/** A change to the read models, decoded from an event and applied inside the event's transaction. */
@FunctionalInterface
public interface ReadModelChange {

    void apply();
}
