package org.totalplace.reporting.domain.state;

import org.totalplace.reporting.domain.InvalidValueException;

/** Event data that breaks its producer's contract where the fold reads it; the message names the JSON path. */
public class InvalidEventDataException extends InvalidValueException {

    public InvalidEventDataException(String message) {
        super(message);
    }
}
