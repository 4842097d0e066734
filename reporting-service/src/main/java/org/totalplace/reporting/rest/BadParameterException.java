package org.totalplace.reporting.rest;

/** A query parameter that cannot be read (400 validation problem naming it). */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
