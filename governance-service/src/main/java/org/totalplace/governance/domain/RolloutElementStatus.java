package org.totalplace.governance.domain;

/**
 * How far an element's hypothesis has got. Seed 001 speaks of an "emerging hypothesis" for each element: it is
 * PROPOSED, then TESTING in the pilots and places, and ends EVIDENCED or NOT_SUPPORTED.
 */
public enum RolloutElementStatus {
    PROPOSED,
    TESTING,
    EVIDENCED,
    NOT_SUPPORTED;

    public boolean isFinal() {
        return this == EVIDENCED || this == NOT_SUPPORTED;
    }
}
