package org.totalplace.pilots.domain;

/** The two kinds of place following the Total Place approach: one of the 13 pilots, or a parallel place. */
public enum PlaceKind {
    PILOT,
    PARALLEL_PLACE
}
