package org.totalplace.reporting.domain;

/**
 * Pilot events carry the pilot's version after the change. A read model keeps the newest entry it has seen:
 * an event only replaces what is stored when it is strictly newer, so a late, older event changes nothing.
 */
public final class PilotVersionRule {

    private PilotVersionRule() {
    }

    public static boolean replaces(long storedVersion, long incomingVersion) {
        return incomingVersion > storedVersion;
    }
}
