package org.totalplace.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.totalplace.testkit.EventSchemas;

/**
 * Event fixtures as the producers write them: CloudEvents 1.0 JSON. Every well-formed fixture is checked against
 * the schema its producer publishes (read from the producer's module, never a copy) before a test sends it, so
 * these tests break when a producer's contract and reporting's expectations drift apart.
 */
public final class Events {

    public static final String PILOTS_TOPIC = "totalplace.pilots.v1";
    static final String GOVERNANCE_TOPIC = "totalplace.governance.v1";
    public static final String SPEND_TOPIC = "totalplace.spend.v1";
    static final String DLQ_TOPIC = "totalplace.reporting.dlq.v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    static String pilotRegistered(UUID eventId, UUID pilotId, String code, String name, long version) {
        return pilotEvent(PilotEventsConsumer.PILOT_REGISTERED, eventId, pilotId, code, name, version);
    }

    static String pilotUpdated(UUID eventId, UUID pilotId, String code, String name, long version) {
        return pilotEvent(PilotEventsConsumer.PILOT_UPDATED, eventId, pilotId, code, name, version);
    }

    /** A pilot registered in the given region (the other fixtures' pilots are in London). */
    public static String pilotRegisteredIn(String region, UUID eventId, UUID pilotId, String code, String name) {
        return pilotEvent(PilotEventsConsumer.PILOT_REGISTERED, eventId, pilotId, code, name, 1, region);
    }

    private static String pilotEvent(String type, UUID eventId, UUID pilotId, String code, String name, long version) {
        return pilotEvent(type, eventId, pilotId, code, name, version, "London");
    }

    private static String pilotEvent(String type, UUID eventId, UUID pilotId, String code, String name, long version,
                                     String region) {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", pilotId.toString())
                .put("code", code)
                .put("name", name)
                .put("region", region)
                .put("place", name)
                .put("councilType", "London borough")
                .put("theme", "Children and young people");
        data.putArray("aliases").add(name + " partnership");
        data.put("version", version);
        return valid("pilots-service", envelope("/pilots-service", type, eventId, pilotId, data));
    }

    /** A Government Office joins a pilot's partnership: a type reporting has no read model or journal use for. */
    static String governmentOfficeJoined(UUID eventId, UUID pilotId, String pilotCode) {
        ObjectNode data = JSON.createObjectNode()
                .put("membershipId", UUID.randomUUID().toString())
                .put("pilotId", pilotId.toString())
                .put("pilotCode", pilotCode)
                .put("bodyId", UUID.randomUUID().toString())
                .put("bodyName", "Government Office for the North East")
                .put("bodyType", "GOVERNMENT_OFFICE")
                .put("bodyCode", "GONE")
                .put("from", "2009-04-01")
                .putNull("to")
                .put("version", 0);
        return valid("pilots-service",
                envelope("/pilots-service", "totalplace.pilots.partner-body-joined.v1", eventId, pilotId, data));
    }

    static String groupCreated(UUID eventId, UUID groupId, String code, String name, String kind, UUID pilotId) {
        ObjectNode data = JSON.createObjectNode()
                .put("groupId", groupId.toString())
                .put("code", code)
                .put("name", name)
                .put("kind", kind)
                .put("pilotId", pilotId == null ? null : pilotId.toString())
                .put("chair", "Sir Michael Bichard")
                .put("cadence", "monthly");
        return valid("governance-service",
                envelope("/governance-service", GovernanceEventsConsumer.GROUP_CREATED, eventId, groupId, data));
    }

    public static String spendLineRecorded(UUID eventId, UUID pilotId, String financialYear, String amount, String currency,
                                    String priceBasis, String baseYear) {
        UUID spendLineId = UUID.randomUUID();
        return valid("spend-service", envelope("/spend-service", SpendEventsConsumer.SPEND_LINE_RECORDED, eventId,
                spendLineId, spendData(spendLineId, pilotId, financialYear, amount, currency, priceBasis, baseYear)));
    }

    static ObjectNode spendData(UUID spendLineId, UUID pilotId, String financialYear, String amount, String currency,
                                String priceBasis, String baseYear) {
        ObjectNode data = JSON.createObjectNode()
                .put("spendLineId", spendLineId.toString())
                .put("pilotId", pilotId.toString())
                .put("body", "London Borough of Lewisham")
                .put("financialYear", financialYear);
        data.putObject("amount").put("amount", amount).put("currency", currency);
        data.putObject("priceBasis").put("kind", priceBasis).put("baseYear", baseYear);
        data.put("method", "bottom-up");
        data.putNull("description");
        return data;
    }

    /** A well-formed envelope around any data, for types no producer publishes (yet) and for poison. */
    static String envelope(String source, String type, UUID eventId, UUID subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", source)
                .put("type", type)
                .put("subject", subject.toString())
                .put("time", "2009-09-30T12:00:00Z")
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return write(event);
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String valid(String producer, String json) {
        String type;
        try {
            type = JSON.readTree(json).get("type").textValue();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EventSchemas.assertValid(producer, type, json);
        return json;
    }
}
