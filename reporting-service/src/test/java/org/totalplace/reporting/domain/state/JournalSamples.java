package org.totalplace.reporting.domain.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.totalplace.testkit.EventSchemas;

/**
 * Sample events of every journaled type, written as their producers write them (CloudEvents 1.0 JSON) and checked
 * against the schema the producer publishes before any test uses them. Each sample is both the record to send
 * through the broker and the journal entry a fold test applies.
 */
public final class JournalSamples {

    public static final String PILOTS_TOPIC = "totalplace.pilots.v1";
    public static final String GOVERNANCE_TOPIC = "totalplace.governance.v1";
    public static final String SPEND_TOPIC = "totalplace.spend.v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalSamples() {
    }

    /** One event: where it goes (topic, key), its JSON, and the journal entry it becomes. */
    public record Sample(String topic, String key, String json, JournalEvent event) {
    }

    public static Instant at(String time) {
        return Instant.parse(time);
    }

    // --- pilots-service -------------------------------------------------------------------------------

    public static Sample pilotRegistered(UUID pilotId, String code, String name, long version, Instant time) {
        return pilotEntry(JournalTypes.PILOT_REGISTERED, pilotId, code, name, version, time);
    }

    public static Sample pilotUpdated(UUID pilotId, String code, String name, long version, Instant time) {
        return pilotEntry(JournalTypes.PILOT_UPDATED, pilotId, code, name, version, time);
    }

    private static Sample pilotEntry(String type, UUID pilotId, String code, String name, long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("code", code)
                .put("name", name)
                .put("region", "London")
                .put("place", name)
                .put("councilType", "London borough")
                .put("theme", "Children and young people");
        data.putArray("aliases");
        data.put("version", version);
        return pilots(type, pilotId, time, data);
    }

    public static Sample pilotPhaseChanged(UUID pilotId, String code, int from, int to, long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("code", code)
                .put("from", from)
                .put("to", to)
                .put("version", version)
                .put("at", time.toString());
        return pilots(JournalTypes.PILOT_PHASE_CHANGED, pilotId, time, data);
    }

    public static Sample submissionStateChanged(UUID pilotId, UUID submissionId, String from, String to,
                                                String reason, long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("submissionId", submissionId.toString())
                .put("reportingPoint", "BUDGET-2010")
                .put("from", from)
                .put("to", to)
                .put("reason", reason)
                .put("by", "Programme office")
                .put("at", time.toString())
                .put("version", version);
        return pilots(JournalTypes.SUBMISSION_STATE_CHANGED, pilotId, time, data);
    }

    public static Sample submissionSectionChanged(UUID pilotId, UUID submissionId, String section, String content,
                                                  String state, long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("submissionId", submissionId.toString())
                .put("reportingPoint", "BUDGET-2010")
                .put("section", section)
                .put("content", content)
                .put("state", state)
                .put("version", version)
                .put("at", time.toString());
        return pilots(JournalTypes.SUBMISSION_SECTION_CHANGED, pilotId, time, data);
    }

    public static Sample milestoneChanged(UUID pilotId, UUID milestoneId, String change, String title, String status,
                                          String metOn, long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("milestoneId", milestoneId.toString())
                .put("change", change)
                .put("title", title)
                .put("phase", 1)
                .put("dueDate", "2010-02-05")
                .put("status", status)
                .put("metOn", metOn)
                .put("version", version);
        return pilots(JournalTypes.MILESTONE_CHANGED, pilotId, time, data);
    }

    public static Sample expressionReceived(UUID id, String place, String leadBody, long version, Instant time) {
        return pilots(JournalTypes.EOI_RECEIVED, id, time, expressionData(id, place, leadBody, "RECEIVED", version));
    }

    public static Sample expressionUpdated(UUID id, String place, String leadBody, String status, long version,
                                           Instant time) {
        return pilots(JournalTypes.EOI_UPDATED, id, time, expressionData(id, place, leadBody, status, version));
    }

    private static ObjectNode expressionData(UUID id, String place, String leadBody, String status, long version) {
        return JSON.createObjectNode()
                .put("expressionOfInterestId", id.toString())
                .put("place", place)
                .put("leadBody", leadBody)
                .put("region", "North West")
                .put("summary", "A place-based budget for early years")
                .put("receivedOn", "2010-03-01")
                .putNull("pilotId")
                .put("status", status)
                .put("version", version);
    }

    public static Sample expressionStatusChanged(UUID id, String place, String from, String to, String reason,
                                                 long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("expressionOfInterestId", id.toString())
                .put("place", place)
                .put("region", "North West")
                .putNull("pilotId")
                .put("from", from)
                .put("to", to)
                .put("at", time.toString())
                .put("reason", reason);
        ArrayNode forwardedTo = data.putArray("forwardedTo");
        if ("FORWARDED".equals(to)) {
            forwardedTo.add("HMT");
            data.put("forwardedOn", time.toString().substring(0, 10));
        } else {
            data.putNull("forwardedOn");
        }
        data.put("version", version);
        return pilots(JournalTypes.EOI_STATUS_CHANGED, id, time, data);
    }

    // --- governance-service ---------------------------------------------------------------------------

    public static Sample barrierRaised(UUID pilotId, UUID barrierId, String title, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("barrierId", barrierId.toString())
                .put("pilotId", pilotId.toString())
                .put("title", title)
                .put("category", "FUNDING_RULES")
                .put("owningDepartment", "DCSF")
                .put("tier", "PILOT");
        return governance(JournalTypes.BARRIER_RAISED, pilotId, time, data);
    }

    public static Sample barrierEscalated(UUID pilotId, UUID barrierId, String fromTier, String toTier,
                                          boolean automatic, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("barrierId", barrierId.toString())
                .put("pilotId", pilotId.toString())
                .put("fromTier", fromTier)
                .put("toTier", toTier)
                .put("reason", automatic ? "overdue at " + fromTier : "needs " + toTier)
                .put("automatic", automatic);
        return governance(JournalTypes.BARRIER_ESCALATED, pilotId, time, data);
    }

    public static Sample barrierResolved(UUID pilotId, UUID barrierId, String tier, String decision,
                                         String whitehallChange, UUID decisionId, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("barrierId", barrierId.toString())
                .put("pilotId", pilotId.toString())
                .put("tier", tier)
                .put("decision", decision)
                .put("whitehallChange", whitehallChange)
                .put("decisionId", decisionId == null ? null : decisionId.toString());
        return governance(JournalTypes.BARRIER_RESOLVED, pilotId, time, data);
    }

    public static Sample barrierDeclined(UUID pilotId, UUID barrierId, String tier, String decision, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("barrierId", barrierId.toString())
                .put("pilotId", pilotId.toString())
                .put("tier", tier)
                .put("decision", decision)
                .putNull("decisionId");
        return governance(JournalTypes.BARRIER_DECLINED, pilotId, time, data);
    }

    public static Sample decisionRecorded(UUID decisionId, UUID groupId, UUID barrierId, String text, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("decisionId", decisionId.toString())
                .put("groupId", groupId.toString())
                .put("meetingId", UUID.nameUUIDFromBytes(groupId.toString().getBytes()).toString())
                .put("meetingDate", time.toString().substring(0, 10))
                .put("agendaItemId", UUID.nameUUIDFromBytes(decisionId.toString().getBytes()).toString())
                .put("itemPosition", 3)
                .put("barrierId", barrierId == null ? null : barrierId.toString())
                .put("text", text)
                .put("recordedAt", time.toString());
        return governance(JournalTypes.DECISION_RECORDED, groupId, time, data);
    }

    // --- spend-service --------------------------------------------------------------------------------

    /** A count with a bottom-up and a top-down total, two functions and one exclusion; per capita from population. */
    public static Sample pilotTotalsChanged(UUID pilotId, String code, String financialYear, int ruleVersion,
                                            Long population, String bottomUp, String topDown, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("pilotCode", code)
                .put("financialYear", financialYear)
                .put("ruleVersion", ruleVersion)
                .put("ruleSetName", "Total Place counting rules v" + ruleVersion);
        if (population == null) {
            data.putNull("population");
        } else {
            data.put("population", population);
        }
        data.put("priceBasis", "nominal");
        ArrayNode methods = data.putArray("methods");
        methods.addObject().put("method", "bottom-up").<ObjectNode>set("counted", money(bottomUp))
                .<ObjectNode>set("perCapita", perCapita(bottomUp, population)).put("lines", 1200)
                .set("excluded", money("1500.00"));
        methods.addObject().put("method", "top-down").<ObjectNode>set("counted", money(topDown))
                .<ObjectNode>set("perCapita", perCapita(topDown, population)).put("lines", 40)
                .set("excluded", money("0.00"));
        ArrayNode functions = data.putArray("functions");
        functions.addObject().put("method", "bottom-up").put("functionL1", "10").put("functionName", "Social protection")
                .<ObjectNode>set("amount", money(bottomUp)).set("perCapita", perCapita(bottomUp, population));
        functions.addObject().put("method", "top-down").put("functionL1", "7").put("functionName", "Health")
                .<ObjectNode>set("amount", money(topDown)).set("perCapita", perCapita(topDown, population));
        data.putArray("exclusions").addObject().put("method", "bottom-up").put("reason", "transfer between bodies")
                .<ObjectNode>set("amount", money("1500.00")).put("lines", 3);
        data.put("countedAt", time.toString());
        return spend(JournalTypes.PILOT_TOTALS_CHANGED, pilotId, time, data);
    }

    public static Sample bodySubmissionStateChanged(UUID pilotId, UUID submissionId, String from, String to,
                                                    String acceptedTotal, long version, Instant time) {
        return bodySubmissionStateChanged(pilotId, submissionId, "2008-09", from, to, acceptedTotal, version, time);
    }

    public static Sample bodySubmissionStateChanged(UUID pilotId, UUID submissionId, String financialYear,
                                                    String from, String to, String acceptedTotal, long version,
                                                    Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("submissionId", submissionId.toString())
                .put("pilotId", pilotId.toString())
                .put("body", "NHS Lewisham")
                .put("financialYear", financialYear)
                .put("from", from)
                .put("to", to)
                .put("version", version);
        data.set("acceptedTotal", money(acceptedTotal));
        return spend(JournalTypes.BODY_SUBMISSION_STATE_CHANGED, pilotId, time, data);
    }

    /** A proposal whose central case invests 1,000,000.00 and saves {@code centralSavings} over 2010-11 to 2012-13. */
    public static Sample proposalChanged(UUID pilotId, UUID proposalId, String change, String title,
                                         String centralSavings, long version, Instant time) {
        ObjectNode data = JSON.createObjectNode()
                .put("proposalId", proposalId.toString())
                .put("pilotId", pilotId.toString())
                .put("change", change)
                .put("title", title)
                .put("theme", "Early years")
                .put("version", version)
                .put("withdrawn", "withdrawn".equals(change))
                .put("discountRate", "0.035");
        data.putObject("priceBasis").put("kind", "real").put("baseYear", "2009-10");
        data.put("firstYear", "2010-11").put("lastYear", "2012-13").put("convention", "Green Book, end of year");
        ObjectNode scenarios = data.putObject("scenarios");
        scenarios.set("low", outcome("1200000.00", "900000.00", null));
        scenarios.set("central", outcome("1000000.00", centralSavings, "2012-13"));
        scenarios.set("high", outcome("800000.00", "2500000.00", "2011-12"));
        return spend(JournalTypes.PROPOSAL_CHANGED, pilotId, time, data);
    }

    private static ObjectNode outcome(String investment, String savings, String paybackYear) {
        java.math.BigDecimal net = new java.math.BigDecimal(savings).subtract(new java.math.BigDecimal(investment));
        ObjectNode outcome = JSON.createObjectNode();
        outcome.set("totalInvestment", money(investment));
        outcome.set("totalSavings", money(savings));
        outcome.set("net", money(net.toPlainString()));
        outcome.set("npv", money(net.subtract(new java.math.BigDecimal("10000.00")).toPlainString()));
        outcome.putObject("payback").put("financialYear", paybackYear)
                .put("reason", paybackYear == null ? "cumulative net stays below zero" : null);
        outcome.putArray("years").addObject().put("financialYear", "2010-11")
                .<ObjectNode>set("net", money(net.toPlainString())).set("cumulativeNet", money(net.toPlainString()));
        ArrayNode bodies = outcome.putArray("bodies");
        bodies.addObject().put("body", "London Borough of Lewisham").<ObjectNode>set("investment", money(investment))
                .<ObjectNode>set("savings", money("0.00")).<ObjectNode>set("net", money("-" + investment))
                .<ObjectNode>set("npv", money("-" + investment)).put("investsMoreThanItGetsBack", true);
        bodies.addObject().put("body", "NHS Lewisham").<ObjectNode>set("investment", money("0.00"))
                .<ObjectNode>set("savings", money(savings)).<ObjectNode>set("net", money(savings))
                .<ObjectNode>set("npv", money(savings)).put("investsMoreThanItGetsBack", false);
        return outcome;
    }

    public static Sample adjustmentRecorded(UUID pilotId, UUID adjustmentId, String amount, long version,
                                            Instant time) {
        ObjectNode data = adjustmentData(pilotId, adjustmentId, amount, version, time);
        data.putNull("withdrawnAt").putNull("withdrawnReason").putNull("withdrawnBy");
        return spend(JournalTypes.ADJUSTMENT_RECORDED, pilotId, time, data);
    }

    public static Sample adjustmentWithdrawn(UUID pilotId, UUID adjustmentId, String amount, long version,
                                             Instant created, Instant time) {
        ObjectNode data = adjustmentData(pilotId, adjustmentId, amount, version, created);
        data.put("withdrawnAt", time.toString()).put("withdrawnReason", "counted twice")
                .put("withdrawnBy", "moderator@lewisham");
        return spend(JournalTypes.ADJUSTMENT_WITHDRAWN, pilotId, time, data);
    }

    private static ObjectNode adjustmentData(UUID pilotId, UUID adjustmentId, String amount, long version,
                                             Instant created) {
        ObjectNode data = JSON.createObjectNode()
                .put("adjustmentId", adjustmentId.toString())
                .put("pilotId", pilotId.toString())
                .put("financialYear", "2008-09")
                .put("body", "Lewisham PCT")
                .put("functionL1", "10")
                .put("functionL2", "10.2")
                .put("spendType", "revenue");
        data.set("amount", money(amount));
        return data.put("reason", "grant counted by both bodies")
                .put("author", "moderator@lewisham")
                .put("createdAt", created.toString())
                .put("version", version);
    }

    // -----------------------------------------------------------------------------------------------

    public static ObjectNode money(String amount) {
        return JSON.createObjectNode().put("amount", amount).put("currency", "GBP");
    }

    private static ObjectNode perCapita(String amount, Long population) {
        if (population == null) {
            return null;
        }
        return money(new java.math.BigDecimal(amount)
                .divide(java.math.BigDecimal.valueOf(population), 2, java.math.RoundingMode.HALF_EVEN).toPlainString());
    }

    private static Sample pilots(String type, UUID key, Instant time, ObjectNode data) {
        return sample("pilots-service", PILOTS_TOPIC, type, key, time, data);
    }

    private static Sample governance(String type, UUID key, Instant time, ObjectNode data) {
        return sample("governance-service", GOVERNANCE_TOPIC, type, key, time, data);
    }

    private static Sample spend(String type, UUID key, Instant time, ObjectNode data) {
        return sample("spend-service", SPEND_TOPIC, type, key, time, data);
    }

    private static Sample sample(String producer, String topic, String type, UUID key, Instant time, ObjectNode data) {
        UUID eventId = UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", "/" + producer)
                .put("type", type)
                .put("subject", key.toString())
                .put("time", time.toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        String json;
        try {
            json = JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EventSchemas.assertValid(producer, type, json);
        return new Sample(topic, key.toString(), json,
                new JournalEvent(eventId, type, "/" + producer, key.toString(), time, data));
    }
}
