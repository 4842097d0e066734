package org.totalplace.governance.domain;

/** Which way an interdependency with another programme runs. */
public enum InterdependencyNature {
    /** Total Place depends on the other programme. */
    DEPENDS_ON,
    /** The other programme depends on Total Place. */
    DEPENDED_ON_BY,
    MUTUAL
}
