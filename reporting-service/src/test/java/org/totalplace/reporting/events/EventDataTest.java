package org.totalplace.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.PriceBasis;

/** Decoding event data: what reporting needs must be there and well formed; anything else is poison. */
class EventDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID PILOT = UUID.fromString("b1f0a7c2-3d4e-4f5a-8b6c-7d8e9f0a1b2c");

    private static ObjectNode spendLine() {
        ObjectNode data = JSON.createObjectNode();
        data.put("spendLineId", UUID.randomUUID().toString());
        data.put("pilotId", PILOT.toString());
        data.put("body", "London Borough of Lewisham");
        data.put("financialYear", "2009-10");
        data.putObject("amount").put("amount", "0.10").put("currency", "GBP");
        data.putObject("priceBasis").put("kind", "nominal").putNull("baseYear");
        data.put("method", "bottom-up");
        data.putNull("description");
        return data;
    }

    @Test
    void shouldDecodeASpendLineExactly() {
        SpendLineRecorded line = SpendLineRecorded.from(spendLine());

        assertThat(line.pilotId()).isEqualTo(PILOT);
        assertThat(line.amount().amountText()).isEqualTo("0.10");
        assertThat(line.amount().currency()).isEqualTo("GBP");
        assertThat(line.priceBasis()).isEqualTo(PriceBasis.nominal());
        assertThat(line.bucket().key().toString()).isEqualTo("2009-10 nominal GBP");
    }

    @Test
    void shouldDecodeARealPriceBasisWithItsBaseYear() {
        ObjectNode data = spendLine();
        ((ObjectNode) data.get("priceBasis")).put("kind", "real").put("baseYear", "2008-09");

        assertThat(SpendLineRecorded.from(data).priceBasis().toString()).isEqualTo("real (2008-09 prices)");
    }

    @Test
    void shouldRejectAmountsThatAreNotExactDecimalStrings() {
        assertPoison(spendLineWithAmount(JSON.getNodeFactory().numberNode(0.1)), "data.amount.amount");
        assertPoison(spendLineWithAmount(JSON.getNodeFactory().textNode("0.105")), "data.amount");
        assertPoison(spendLineWithAmount(JSON.getNodeFactory().textNode("ten pounds")), "data.amount");
        assertPoison(spendLineWithAmount(JSON.getNodeFactory().textNode("1e9")), "data.amount");
    }

    @Test
    void shouldRejectAMissingOrMalformedCurrency() {
        ObjectNode data = spendLine();
        ((ObjectNode) data.get("amount")).remove("currency");
        assertPoison(data, "data.amount.currency");

        ObjectNode lower = spendLine();
        ((ObjectNode) lower.get("amount")).put("currency", "gbp");
        assertPoison(lower, "currency");
    }

    @Test
    void shouldRejectAPriceBasisThatBreaksTheRules() {
        ObjectNode realWithoutYear = spendLine();
        ((ObjectNode) realWithoutYear.get("priceBasis")).put("kind", "real");
        assertPoison(realWithoutYear, "data.priceBasis");

        ObjectNode unknownKind = spendLine();
        ((ObjectNode) unknownKind.get("priceBasis")).put("kind", "constant");
        assertPoison(unknownKind, "data.priceBasis");
    }

    @Test
    void shouldRejectABadFinancialYear() {
        assertPoison(spendLine().put("financialYear", "2009/10"), "data.financialYear");
    }

    @Test
    void shouldRejectASpendLineWithoutItsPilot() {
        ObjectNode data = spendLine();
        data.remove("pilotId");
        assertPoison(data, "data.pilotId");
    }

    @Test
    void shouldToleratePilotFieldsItDoesNotUse() {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", PILOT.toString()).put("code", "lewisham").put("name", "Lewisham")
                .put("region", "London").put("version", 3).put("addedLater", "whatever");

        PilotChanged pilot = PilotChanged.from(data);

        assertThat(pilot.version()).isEqualTo(3);
        assertThat(pilot.code()).isEqualTo("lewisham");
    }

    @Test
    void shouldRejectAPilotWithoutAUsableVersion() {
        ObjectNode data = JSON.createObjectNode()
                .put("pilotId", PILOT.toString()).put("code", "lewisham").put("name", "Lewisham").put("region", "London");
        assertThatThrownBy(() -> PilotChanged.from(data)).hasMessageContaining("data.version");
        assertThatThrownBy(() -> PilotChanged.from(data.put("version", -1))).hasMessageContaining("data.version");
        assertThatThrownBy(() -> PilotChanged.from(data.put("version", 1.5))).hasMessageContaining("data.version");
        assertThatThrownBy(() -> PilotChanged.from(data.put("version", "2"))).hasMessageContaining("data.version");
    }

    @Test
    void shouldReadAProgrammeGroupWithoutAPilot() {
        ObjectNode data = JSON.createObjectNode()
                .put("groupId", UUID.randomUUID().toString()).put("code", "ministerial-group")
                .put("name", "Ministerial group").put("kind", "MINISTERIAL").putNull("pilotId");

        assertThat(GroupCreated.from(data).pilotId()).isNull();
        assertThatThrownBy(() -> GroupCreated.from(data.put("pilotId", "lewisham")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("data.pilotId");
    }

    private static ObjectNode spendLineWithAmount(JsonNode amount) {
        ObjectNode data = spendLine();
        ((ObjectNode) data.get("amount")).set("amount", amount);
        return data;
    }

    private static void assertPoison(ObjectNode data, String expectedInReason) {
        assertThatThrownBy(() -> SpendLineRecorded.from(data))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining(expectedInReason);
    }
}
