package org.totalplace.pilots.domain;

/** The departments that expressions of interest in place-based budgets were passed to (seed 003). */
public enum CentralDepartment {
    HMT("HM Treasury"),
    CLG("Communities and Local Government");

    private final String fullName;

    CentralDepartment(String fullName) {
        this.fullName = fullName;
    }

    public String fullName() {
        return fullName;
    }
}
