package org.totalplace.reporting.rest;

/** The report cannot be given in the representation asked for (406 not-acceptable problem). */
public class UnavailableFormatException extends RuntimeException {

    private final String field;

    public UnavailableFormatException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
