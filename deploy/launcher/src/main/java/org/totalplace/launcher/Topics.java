package org.totalplace.launcher;

import java.util.List;

/** Every topic of the system, created up front: the broker does not auto-create topics. */
public final class Topics {

    public static final String PILOTS = "totalplace.pilots.v1";
    public static final String GOVERNANCE = "totalplace.governance.v1";
    public static final String SPEND = "totalplace.spend.v1";
    public static final String REPORTING = "totalplace.reporting.v1";
    public static final String REPORTING_DEAD_LETTERS = "totalplace.reporting.dlq.v1";
    public static final String GOVERNANCE_DEAD_LETTERS = "totalplace.governance.dlq.v1";
    public static final String SPEND_DEAD_LETTERS = "totalplace.spend.dlq.v1";

    /** More than one partition, so that ordering by key (aggregate id) is what keeps events in order. */
    public static final int PARTITIONS = 3;

    public static final List<String> ALL = List.of(PILOTS, GOVERNANCE, SPEND, REPORTING, REPORTING_DEAD_LETTERS,
            GOVERNANCE_DEAD_LETTERS, SPEND_DEAD_LETTERS);

    private Topics() {
    }
}
