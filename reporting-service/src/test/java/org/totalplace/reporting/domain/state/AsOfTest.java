package org.totalplace.reporting.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.InvalidValueException;

class AsOfTest {

    private static final Instant NOW = Instant.parse("2010-03-01T12:00:00Z");

    @Test
    void shouldReadADateAsTheLastMomentOfThatDayInUtc() {
        Instant asOf = AsOf.parse("2010-02-05", NOW);

        assertThat(asOf).isEqualTo(Instant.parse("2010-02-05T23:59:59.999999999Z"));
        assertThat(asOf).isAfter(Instant.parse("2010-02-05T23:59:59.999999Z")).isBefore(Instant.parse("2010-02-06T00:00:00Z"));
    }

    @Test
    void shouldReadATimestampWithItsOffset() {
        assertThat(AsOf.parse("2010-02-05T00:00:00Z", NOW)).isEqualTo(Instant.parse("2010-02-05T00:00:00Z"));
        assertThat(AsOf.parse("2010-02-05T01:00:00+01:00", NOW)).isEqualTo(Instant.parse("2010-02-05T00:00:00Z"));
    }

    @Test
    void shouldMeanNowWhenAbsent() {
        assertThat(AsOf.parse(null, NOW)).isEqualTo(NOW);
        assertThat(AsOf.parse(" ", NOW)).isEqualTo(NOW);
    }

    @Test
    void shouldRefuseAnythingElseSayingWhatItTakes() {
        assertThatThrownBy(() -> AsOf.parse("5 Feb 2010", NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2010-02-05").hasMessageContaining("'5 Feb 2010'");
        assertThatThrownBy(() -> AsOf.parse("2010-02-05T00:00:00", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AsOf.parse("2010-02-30", NOW)).isInstanceOf(InvalidValueException.class);
    }
}
