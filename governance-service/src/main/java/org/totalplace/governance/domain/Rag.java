package org.totalplace.governance.domain;

/** Red, amber, green: how much attention a risk or issue needs. */
public enum Rag {
    RED,
    AMBER,
    GREEN
}
