package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpendLineTest {

    private static final UUID PILOT = UUID.fromString("5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11");
    private static final Instant NOW = Instant.parse("2010-02-05T09:00:00Z");

    @Test
    void shouldHandBackTheValueObjectsItWasRecordedWith() {
        UUID id = UUID.randomUUID();
        SpendLine line = SpendLine.record(id, PILOT, "Lewisham Primary Care Trust", FinancialYear.parse("2008-09"),
                Money.of("412000000.10", "GBP"), PriceBasis.real(FinancialYear.parse("2009-10")),
                CountingMethod.TOP_DOWN, "apportioned from CRA by population", NOW);

        assertThat(line.id()).isEqualTo(id);
        assertThat(line.pilotId()).isEqualTo(PILOT);
        assertThat(line.financialYear()).hasToString("2008-09");
        assertThat(line.amount()).isEqualTo(Money.of("412000000.10", "GBP"));
        assertThat(line.priceBasis()).isEqualTo(PriceBasis.real(FinancialYear.parse("2009-10")));
        assertThat(line.method()).isEqualTo(CountingMethod.TOP_DOWN);
        assertThat(line.description()).isEqualTo("apportioned from CRA by population");
        assertThat(line.createdAt()).isEqualTo(NOW);
    }

    @Test
    void shouldRejectABlankBody() {
        assertThatThrownBy(() -> SpendLine.record(UUID.randomUUID(), PILOT, "  ", FinancialYear.parse("2009-10"),
                Money.of("1.00", "GBP"), PriceBasis.nominal(), CountingMethod.BOTTOM_UP, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("body");
    }

    @Test
    void shouldRejectABlankDescriptionButAcceptNone() {
        assertThatThrownBy(() -> SpendLine.record(UUID.randomUUID(), PILOT, "Lewisham Council",
                FinancialYear.parse("2009-10"), Money.of("1.00", "GBP"), PriceBasis.nominal(),
                CountingMethod.BOTTOM_UP, "", NOW))
                .isInstanceOf(InvalidValueException.class);

        assertThat(SpendLine.record(UUID.randomUUID(), PILOT, "Lewisham Council", FinancialYear.parse("2009-10"),
                Money.of("1.00", "GBP"), PriceBasis.nominal(), CountingMethod.BOTTOM_UP, null, NOW)
                .description()).isNull();
    }
}
