package org.totalplace.pilots.support;

import java.nio.file.Path;
import org.totalplace.pilots.config.AreaDataProducer;
import org.totalplace.pilots.config.SharedDataConfig;
import org.totalplace.pilots.domain.AreaRegister;
import org.totalplace.pilots.domain.PopulationCoverage;
import org.totalplace.pilots.domain.PopulationTable;

/** The real shared data files, read once per test JVM for plain (container-less) tests. */
public final class SharedData {

    private static AreaRegister register;
    private static PopulationTable population;

    private SharedData() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("totalplace.shared.dir"));
    }

    public static synchronized AreaRegister register() {
        if (register == null) {
            register = AreaDataProducer.readRegister(SharedDataConfig.at(dir()));
        }
        return register;
    }

    public static synchronized PopulationTable population() {
        if (population == null) {
            population = AreaDataProducer.readPopulation(SharedDataConfig.at(dir()));
        }
        return population;
    }

    public static PopulationCoverage coverage() {
        return AreaDataProducer.coverage(population(), register());
    }
}
