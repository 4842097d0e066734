package org.totalplace.pilots.domain;

/**
 * The people who link a pilot to its partners and to Whitehall (seed 000): its own lead, the
 * Government Office's named lead and locality managers, and the Director-General "champion".
 */
public enum PilotRole {
    PILOT_LEAD("pilot lead", true),
    GO_LEAD("Government Office lead", true),
    LOCALITY_MANAGER("locality manager", false),
    DG_CHAMPION("Director-General champion", true);

    private final String title;
    private final boolean singleHolder;

    PilotRole(String title, boolean singleHolder) {
        this.title = title;
        this.singleHolder = singleHolder;
    }

    public String title() {
        return title;
    }

    /** A pilot has one pilot lead, one GO lead and one DG champion at a time, but may have several locality managers. */
    public boolean singleHolder() {
        return singleHolder;
    }
}
