package org.totalplace.spend.domain;

/**
 * A value object refused its input. The message says why, in words fit for an API client; it never
 * repeats the rejected input (callers decide which field it belongs to).
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
