package org.totalplace.pilots.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two phases of the programme a pilot goes through, numbered as the programme numbered them. */
public enum ProgrammePhase {
    /** Leaders of all public bodies agree the needs of the area, the services and the level of public spending. */
    COUNT(1, "The count: agree needs, services and the level of spending"),
    /** Working groups redesign services and tackle organisational and cultural barriers. */
    REDESIGN(2, "Service redesign and tackling barriers");

    private final int number;
    private final String description;

    ProgrammePhase(int number, String description) {
        this.number = number;
        this.description = description;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    public static Optional<ProgrammePhase> numbered(int number) {
        return Arrays.stream(values()).filter(phase -> phase.number == number).findFirst();
    }

    @Override
    public String toString() {
        return "phase " + number + " (" + description + ")";
    }
}
