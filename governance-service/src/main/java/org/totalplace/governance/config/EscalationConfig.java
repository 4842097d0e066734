package org.totalplace.governance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long each escalation tier has to respond to an open barrier. The programme set no such numbers;
 * the defaults (14, 14, 30, 30 days) are our choice: a fortnight locally, then a month for each national
 * group, which meets monthly.
 */
@ConfigMapping(prefix = "totalplace.escalation")
public interface EscalationConfig {

    @WithDefault("14d")
    Duration pilot();

    @WithDefault("14d")
    Duration governmentOffice();

    @WithDefault("30d")
    Duration officialsGroup();

    @WithDefault("30d")
    Duration ministerialGroup();

    /** How often the overdue check runs ({@code off} disables it). */
    @WithDefault("1h")
    String checkEvery();
}
