package org.totalplace.pilots.domain;

/** A rejected name: {@code value}, given in {@code field}, already identifies the pilot {@code takenBy}. */
public record NameClash(String field, String value, String takenBy) {

    public String reason() {
        return "'" + value + "' already identifies pilot '" + takenBy + "'";
    }
}
