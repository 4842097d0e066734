package org.totalplace.governance.events;

/**
 * A record that can never be applied, however often it is retried (not a CloudEvent, or data that breaks the
 * producer's contract). Thrown from the consumer it nacks the record, which goes to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
