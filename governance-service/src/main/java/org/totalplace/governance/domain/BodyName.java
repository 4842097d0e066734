package org.totalplace.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A name a body bore from one day to another, both included; a null end is open. */
@Embeddable
public class BodyName {

    private String name;

    @Column(name = "valid_from")
    private LocalDate from;

    @Column(name = "valid_to")
    private LocalDate to;

    protected BodyName() {
        // for JPA
    }

    public static BodyName of(String name, LocalDate from, LocalDate to) {
        BodyName bodyName = new BodyName();
        bodyName.name = Objects.requireNonNull(name, "name");
        bodyName.from = from;
        bodyName.to = to;
        return bodyName;
    }

    public boolean borneOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean open() {
        return to == null;
    }

    public BodyName endingOn(LocalDate day) {
        return of(name, from, day);
    }

    public BodyName renamedAs(String newName) {
        return of(newName, from, to);
    }

    public String name() {
        return name;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
