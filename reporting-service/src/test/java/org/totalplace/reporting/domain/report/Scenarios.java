package org.totalplace.reporting.domain.report;

import static org.totalplace.reporting.domain.report.States.d;
import static org.totalplace.reporting.domain.report.States.function;
import static org.totalplace.reporting.domain.report.States.step;

import java.util.List;
import java.util.Map;
import org.totalplace.reporting.domain.state.ProposalState;

/** Shared hand-built programmes; every figure the tests expect is worked out beside them. */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * Three pilots counted under rules v2 for 2009-10 (Lewisham also under v1, Durham only under v1):
     * top-down 2,200,000,000.01 + 4,400,000,000.50 + 5,900,000,000.49 = 12,500,000,001.00; per capita 8,800
     * (Bradford and Lewisham, a tie) down to 5,900 (Coventry).
     */
    public static States threePilots() {
        States s = new States();
        s.pilot("bradford", "Bradford", "Yorkshire and Humber");
        s.pilot("coventry", "Coventry", "West Midlands");
        s.pilot("durham", "Durham", "North East");
        s.pilot("lewisham", "Lewisham", "London");
        s.count("lewisham", "2009-10", 1, 250_000L, "1000.00", "0.00", "1000.00", "0.00", List.of());
        s.count("durham", "2009-10", 1, 500_000L, "3000000000.00", "6000.00", "2900000000.00", "5800.00", List.of());
        s.count("bradford", "2009-10", 2, 500_000L, "4400000000.50", "8800.00", "4000000000.00", "8000.00",
                List.of(function("top-down", "10", "Social protection", "2000000000.00", "4000.00"),
                        function("bottom-up", "10", "Social protection", "1900000000.00", "3800.00")));
        s.count("coventry", "2009-10", 2, 1_000_000L, "5900000000.49", "5900.00", "5000000000.00", "5000.00",
                List.of(function("top-down", "10", "Social protection", "2500000000.00", "2500.00")));
        s.count("lewisham", "2009-10", 2, 250_000L, "2200000000.01", "8800.00", "2100000000.00", "8400.00",
                List.of(function("top-down", "07", "Health", "600000000.00", "2400.00"),
                        function("top-down", "10", "Social protection", "900000000.00", "3600.00")));
        s.count("lewisham", "2008-09", 2, 250_000L, "2000000000.00", "8000.00", "1900000000.00", "7600.00", List.of());
        s.bodySubmission("lewisham", "Lewisham PCT", "2009-10", "ACCEPTED");
        s.bodySubmission("lewisham", "London Borough of Lewisham", "2009-10", "MODERATED");
        s.bodySubmission("coventry", "Coventry City Council", "2009-10", "ACCEPTED");
        s.barrier("Ring-fenced grants", "lewisham", "OFFICIALS_GROUP", "RESOLVED",
                List.of(step("PILOT", "GOVERNMENT_OFFICE", "2009-10-01"), step("GOVERNMENT_OFFICE", "OFFICIALS_GROUP", "2009-11-02")),
                "Agreed", "DCSF to pool three early-years grants", "2009-09-15", "2009-12-14");
        s.barrier("Parking permits", "lewisham", "GOVERNMENT_OFFICE", "OPEN",
                List.of(step("PILOT", "GOVERNMENT_OFFICE", "2009-10-05")), null, null, "2009-09-20", null);
        s.barrier("Benefit data sharing", "bradford", "MINISTERIAL_GROUP", "OPEN",
                List.of(step("PILOT", "OFFICIALS_GROUP", "2010-01-04"), step("OFFICIALS_GROUP", "MINISTERIAL_GROUP", "2010-01-18")),
                null, null, "2009-12-01", null);
        s.decision("Pool the early-years grants from April 2010", "Ring-fenced grants", "2009-12-14", "2009-12-14");
        s.decision("Programme board to meet monthly", null, "2009-11-16", "2009-11-16");
        s.submission("lewisham", "BUDGET-2010", "SUBMITTED", "2010-02-04",
                Map.of("financial-implications", "Net saving of £12m over five years", "whitehall-changes", "Pool grants"));
        s.submission("lewisham", "PBR-2009", "ACCEPTED", "2009-09-07", Map.of("key-asks", "Pool early-years funding"));
        s.submission("bradford", "PBR-2009", "RETURNED", "2009-09-08", Map.of());
        s.proposal("lewisham", "Early years hub", Map.of(
                "low", outcome("1000000.00", "1200000.00", "200000.00", "150000.00", null, "savings too late",
                        "London Borough of Lewisham", "-1000000.00", "Lewisham PCT", "1200000.00"),
                "central", outcome("1000000.00", "2000000.00", "1000000.00", "820000.55", "2012-13", null,
                        "London Borough of Lewisham", "-500000.00", "Lewisham PCT", "1500000.00"),
                "high", outcome("1000000.00", "3000000.00", "2000000.00", "1700000.00", "2011-12", null,
                        "London Borough of Lewisham", "0.00", "Lewisham PCT", "2000000.00")));
        s.milestone("lewisham", "Count agreed", "2009-10-30", "MET", "2009-10-28", "2009-10-28");
        s.milestone("bradford", "Count agreed", "2009-10-30", "MISSED", null, "2009-10-31");
        s.milestone("coventry", "Final report", "2010-02-05", "PLANNED", null, "2009-06-01");
        s.expression("Cumbria", "RECEIVED", "2010-07-20", "2010-07-20");
        return s;
    }

    static ProposalState.Outcome outcome(String investment, String savings, String net, String npv, String payback,
                                         String reason, String body1, String net1, String body2, String net2) {
        return new ProposalState.Outcome(d(investment), d(savings), d(net), d(npv), payback, reason,
                List.of(new ProposalState.BodyNet(body1, d("0"), d("0"), d(net1)),
                        new ProposalState.BodyNet(body2, d("0"), d("0"), d(net2))));
    }
}
