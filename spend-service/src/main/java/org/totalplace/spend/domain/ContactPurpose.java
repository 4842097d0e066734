package org.totalplace.spend.domain;

/** Grint's distinction: spend reacting to a problem that has happened (repair), or stopping it (prevention). */
public enum ContactPurpose {
    REPAIR,
    PREVENTION
}
