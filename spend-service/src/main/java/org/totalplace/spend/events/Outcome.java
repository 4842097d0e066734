package org.totalplace.spend.events;

/** What became of a well-formed event. */
public enum Outcome {
    /** First time seen, the read models changed (or deliberately stayed, e.g. an older pilot version). */
    APPLIED,
    /** Its id was processed before; nothing changed. */
    DUPLICATE,
    /** A type this service does not know (yet); recorded as processed and otherwise ignored. */
    IGNORED
}
