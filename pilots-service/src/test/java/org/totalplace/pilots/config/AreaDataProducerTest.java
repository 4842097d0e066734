package org.totalplace.pilots.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totalplace.pilots.domain.PopulationTable;
import org.totalplace.pilots.support.SharedData;

class AreaDataProducerTest {

    @Test
    void shouldRefuseToStartWithAMessageNamingTheMissingRegisterFile(@TempDir Path empty) {
        assertThatThrownBy(() -> AreaDataProducer.readRegister(SharedDataConfig.at(empty)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the local authority register is missing at "
                        + empty.resolve("data/codes/uk_local_authorities_current.csv"))
                .hasMessageContaining("TOTALPLACE_SHARED_DIR");
    }

    @Test
    void shouldRefuseToStartWithAMessageNamingTheMissingPopulationFile(@TempDir Path empty) {
        assertThatThrownBy(() -> AreaDataProducer.readPopulation(SharedDataConfig.at(empty)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the population estimates is missing at");
    }

    @Test
    void shouldReadElevenYearsOf137AreaColumns() {
        PopulationTable population = SharedData.population();

        assertThat(population.years()).containsExactly(2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019);
        assertThat(population.columns()).hasSize(137).contains("Bristol, City of", "Tameside and Glossop");
        assertThat(population.value(2009, "Tameside and Glossop")).isEqualTo(217_417L);
    }

    @Test
    void shouldReadAllRegisterRowsDespiteFloatsAndMojibake() {
        assertThat(SharedData.register().authorities()).hasSize(470);
        assertThat(SharedData.register().authority("NIR-A")).hasValueSatisfying(derry -> assertThat(derry.gssCode()).isNull());
    }
}
