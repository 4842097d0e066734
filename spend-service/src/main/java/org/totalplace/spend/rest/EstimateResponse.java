package org.totalplace.spend.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.Money;
import org.totalplace.spend.domain.TopDownEstimate;
import org.totalplace.spend.service.TopDownEstimates;

/** A pilot's top-down estimate for one financial year: per function, total and per capita, with its inputs. */
@Schema(name = "TopDownEstimate")
public record EstimateResponse(
        UUID pilotId,
        String pilotCode,
        String pilotName,
        @Schema(example = "2009-10") String financialYear,
        @Schema(description = "Which method produced the figures", example = TopDownEstimate.METHOD) String method,
        Inputs inputs,
        List<FunctionFigure> functions,
        MoneyJson total,
        @Schema(description = "total ÷ the pilot's population, to the penny") MoneyJson perCapita) {

    @Schema(name = "TopDownInputs", description = "What the figures were computed from")
    public record Inputs(
            @Schema(example = "South West") String region,
            @Schema(description = "The CRA nuts_region summed", example = "ENGLAND_South West") String craRegion,
            @Schema(description = "ONS mid-year (30 June) estimate used for the financial year", example = "2009")
            int populationYear,
            @Schema(description = "Columns of population_la.csv summed for the pilot")
            List<String> populationAreas,
            long pilotPopulation,
            @Schema(description = "The region's column of population_England_and_regions.csv") long regionPopulation,
            @Schema(description = "How each figure is computed")
            String rule) {
    }

    @Schema(name = "FunctionEstimate")
    public record FunctionFigure(
            @Schema(description = "CRA cofog_level_0", example = "10. Social protection") String function,
            @Schema(description = "The region's identifiable spend on it in £ THOUSAND, exact, as a decimal string")
            String regionSpendGbpThousand,
            MoneyJson estimate) {
    }

    static final String RULE = "estimate = regionSpendGbpThousand × 1000 × pilotPopulation ÷ regionPopulation, "
            + "rounded to the penny (half even); total = sum of the estimates; perCapita = total ÷ pilotPopulation";

    static EstimateResponse of(TopDownEstimates.PilotEstimate result) {
        TopDownEstimates.Inputs inputs = result.inputs();
        TopDownEstimate estimate = result.estimate();
        return new EstimateResponse(result.pilot().pilotId(), result.pilot().code(), result.pilot().name(),
                result.year().toString(), TopDownEstimate.METHOD,
                new Inputs(inputs.region(), inputs.craRegion(), inputs.populationYear(), inputs.populationColumns(),
                        inputs.pilotPopulation(), inputs.regionPopulation(), RULE),
                estimate.functions().stream().map(f -> new FunctionFigure(f.function(),
                        f.regionSpendGbpThousand().toPlainString(), pounds(f.estimateGbp()))).toList(),
                pounds(estimate.total()), pounds(estimate.perCapita()));
    }

    private static MoneyJson pounds(java.math.BigDecimal amount) {
        return MoneyJson.of(Money.of(amount, java.util.Currency.getInstance("GBP")));
    }
}
