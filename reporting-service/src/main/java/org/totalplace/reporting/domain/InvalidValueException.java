package org.totalplace.reporting.domain;

/**
 * A value object refused its input. The message says why; callers decide which field it belongs to.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
