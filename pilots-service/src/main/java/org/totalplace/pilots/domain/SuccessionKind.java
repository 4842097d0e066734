package org.totalplace.pilots.domain;

/** How a partner body changed: renamed (the body goes on under a new name), merged into another, or abolished. */
public enum SuccessionKind {
    RENAMED,
    MERGED,
    ABOLISHED;

    /** True when the body no longer exists from the effective date. */
    public boolean ends() {
        return this != RENAMED;
    }
}
