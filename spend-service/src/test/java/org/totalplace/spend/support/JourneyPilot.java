package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A pilot ready for the worked journey: South Tyneside, Gateshead & Sunderland with three partner bodies (written as
 * the consumer keeps them) and, under a fresh published rule version, Gateshead Council's counted spend for 2009-10:
 * 10.2 Old age 20,000,000.00 bottom-up + 4,000,000.00 by adjustment = 24,000,000.00 counted; beside it, figures a
 * derivation must ignore (an excluded transfer in 10.2, 10.1 Sickness and disability, and another body in 10.2).
 */
@ApplicationScoped
public class JourneyPilot {

    private final KnownPilots pilots;
    private final ModerationRows rows;
    private final CountFigures count;

    JourneyPilot(KnownPilots pilots, ModerationRows rows, CountFigures count) {
        this.pilots = pilots;
        this.rows = rows;
        this.count = count;
    }

    /** The pilot; {@link #ruleVersion} is the version its count was written under. */
    public UUID create() {
        UUID pilot = pilots.known("South Tyneside, Gateshead & Sunderland", "North East", List.of());
        rows.member(pilot, JourneyRequests.NHS, "PRIMARY_CARE_TRUST", null, "2008-04-01", null);
        rows.member(pilot, JourneyRequests.COUNCIL, "LOCAL_AUTHORITY", "E08000020", "2008-04-01", null);
        rows.member(pilot, JourneyRequests.FIRE, "FIRE_AND_RESCUE", null, "2008-04-01", null);
        return pilot;
    }

    /** Writes the council's count (see the class comment) under a new published version, returned. */
    public int counted(UUID pilot) {
        int version = count.newRuleVersion("journey test rules", true);
        count.figure(version, pilot, "2009-10", "bottom-up", "Gateshead Council", "10", "10.2", "revenue", null,
                "20000000.00", 120);
        count.figure(version, pilot, "2009-10", "adjustment", "gateshead council", "10", "10.2", "revenue", null,
                "4000000.00", 1);
        count.figure(version, pilot, "2009-10", "bottom-up", "Gateshead Council", "10", "10.2", "revenue",
                "Transfer to another counted public body", "1000000.00", 3);
        count.figure(version, pilot, "2009-10", "bottom-up", "Gateshead Council", "10", "10.1", "revenue", null,
                "500000.00", 10);
        count.figure(version, pilot, "2009-10", "bottom-up", "Sunderland City Council", "10", "10.2", "revenue", null,
                "9000000.00", 10);
        return version;
    }

    /** Removes the rule versions written here, with their figures. */
    public void forget() {
        count.forgetRuleVersions();
    }
}
