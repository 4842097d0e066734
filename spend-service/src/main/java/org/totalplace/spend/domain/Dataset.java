package org.totalplace.spend.domain;

import java.util.Arrays;
import java.util.Optional;

/** The shared public data files this service imports, each read in place under {@code <shared-dir>/data/}. */
public enum Dataset {

    /** ONS mid-year population, wide: year × 137 BritishDrugDynamics areas (not all single authorities). */
    POPULATION_LA("population-la", "population/population_la.csv"),
    /** ONS mid-year population, wide: year × England and its nine regions. */
    POPULATION_REGIONS("population-regions", "population/population_England_and_regions.csv"),
    /** HM Treasury Country and Regional Analysis 2014, long: one row per source row × year, £ thousand. */
    CRA("cra", "cra/cra_2014_long.csv"),
    /** DCLG Revenue Outturn 2010-11, net current expenditure: one row per authority × 96 columns, £ thousand. */
    OUTTURN("outturn", "outturn/rs_2010-11_net_current_expenditure.csv");

    private final String id;
    private final String file;

    Dataset(String id, String file) {
        this.id = id;
        this.file = file;
    }

    public String id() {
        return id;
    }

    /** The file's path under the shared data folder. */
    public String file() {
        return file;
    }

    public static Optional<Dataset> byId(String id) {
        return Arrays.stream(values()).filter(dataset -> dataset.id.equals(id)).findFirst();
    }
}
