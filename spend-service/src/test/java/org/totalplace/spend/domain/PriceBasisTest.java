package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceBasisTest {

    @Test
    void shouldHaveNoBaseYearWhenNominal() {
        PriceBasis basis = PriceBasis.nominal();

        assertThat(basis.kind()).isEqualTo(PriceBasis.Kind.NOMINAL);
        assertThat(basis.baseYear()).isNull();
        assertThat(basis.isReal()).isFalse();
    }

    @Test
    void shouldStateItsBaseYearWhenReal() {
        PriceBasis basis = PriceBasis.real(FinancialYear.parse("2008-09"));

        assertThat(basis.kind()).isEqualTo(PriceBasis.Kind.REAL);
        assertThat(basis.baseYear()).hasToString("2008-09");
        assertThat(basis).hasToString("real (2008-09 prices)");
    }

    @Test
    void shouldRejectARealBasisWithoutABaseYear() {
        assertThatThrownBy(() -> new PriceBasis(PriceBasis.Kind.REAL, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("base year");
    }

    @Test
    void shouldRejectANominalBasisWithABaseYear() {
        assertThatThrownBy(() -> new PriceBasis(PriceBasis.Kind.NOMINAL, FinancialYear.parse("2009-10")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldReadOnlyTheTwoKnownKinds() {
        assertThat(PriceBasis.Kind.fromWire("nominal")).isEqualTo(PriceBasis.Kind.NOMINAL);
        assertThat(PriceBasis.Kind.fromWire("real")).isEqualTo(PriceBasis.Kind.REAL);
        assertThatThrownBy(() -> PriceBasis.Kind.fromWire("REAL")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PriceBasis.Kind.fromWire("constant")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PriceBasis.Kind.fromWire(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldCompareByKindAndBaseYear() {
        assertThat(PriceBasis.real(FinancialYear.parse("2008-09")))
                .isEqualTo(PriceBasis.real(FinancialYear.parse("2008-09")))
                .isNotEqualTo(PriceBasis.real(FinancialYear.parse("2009-10")))
                .isNotEqualTo(PriceBasis.nominal());
    }
}
