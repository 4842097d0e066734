package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.totalplace.pilots.domain.PilotPopulation;
import org.totalplace.pilots.domain.PopulationCoverage;
import org.totalplace.pilots.domain.PopulationTable;

/** The population of a pilot's areas per year, from the ONS estimates in the shared data. */
@ApplicationScoped
public class PilotPopulations {

    private final PilotQueries queries;
    private final PopulationTable table;
    private final PopulationCoverage coverage;

    PilotPopulations(PilotQueries queries, PopulationTable table, PopulationCoverage coverage) {
        this.queries = queries;
        this.table = table;
        this.coverage = coverage;
    }

    @Transactional
    public List<PilotPopulation.Year> of(String idOrCode) {
        return PilotPopulation.of(queries.require(idOrCode).areas(), table, coverage);
    }
}
