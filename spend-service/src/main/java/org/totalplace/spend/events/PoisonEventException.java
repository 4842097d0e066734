package org.totalplace.spend.events;

/**
 * A record that can never be applied, however often it is retried: not JSON, not a CloudEvents 1.0 envelope, or
 * data that breaks the producer's contract. Thrown from a consumer it nacks the record, which then goes to the
 * dead-letter topic with this message as its {@code dead-letter-reason} header.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
