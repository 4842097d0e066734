package org.totalplace.spend.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.AggregateDimension;
import org.totalplace.spend.domain.AggregateMeasure;
import org.totalplace.spend.domain.AggregateQuery;
import org.totalplace.spend.service.Aggregates;

/**
 * An aggregate answer, in the shape of OpenSpending's aggregate API: the cells of the page, the summary over all
 * cells, {@code total_cell_count}, {@code page} and {@code pagesize} (named as that API names them), and the
 * attributes every figure depends on: the rule version, the price basis and the currency.
 */
@Schema(name = "Aggregate")
public record AggregateResponse(
        Attributes attributes,
        @Schema(description = "The drilled dimensions, in order") List<String> drilldown,
        @Schema(description = "The cuts applied, including defaulted ones (treatment:counted)") List<String> cut,
        @Schema(description = "The order applied; the drilled dimensions always follow ascending") List<String> order,
        List<String> measures,
        @Schema(type = SchemaType.ARRAY, description = "One object per cell: each drilled dimension (pilot "
                + "{id,code,name}; functionL1/functionL2 {code,label}; others a string) and each measure "
                + "(amount.sum {amount,currency}; lines.count, figures.count numbers); with perCapita=true also "
                + "amount.perCapita {amount,currency} or null, population and perCapitaNote (why none)")
        List<Map<String, Object>> cells,
        @Schema(type = SchemaType.OBJECT, description = "The measures over every cell (not only this page)")
        Map<String, Object> summary,
        @JsonProperty("total_cell_count") @Schema(description = "Cells in the whole answer") long totalCellCount,
        @Schema(description = "Page number, from 1") int page,
        @Schema(description = "Cells per page") int pagesize) {

    @Schema(name = "AggregateAttributes")
    public record Attributes(RuleVersion ruleVersion, PriceBasisJson priceBasis, Deflator deflator,
                             @Schema(example = "GBP") String currency,
                             boolean perCapita,
                             @Schema(description = "Which figures are summed; counted (the default cut) unless "
                                     + "the query cuts treatment") String treatment) {
    }

    @Schema(name = "AggregateRuleVersion")
    public record RuleVersion(int version, String name, @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String status,
                              Instant publishedAt,
                              @Schema(description = "'latest published' (the default) or 'cut'") String chosenBy) {
    }

    @Schema(name = "AggregateDeflator", description = "The deflator series real terms used; null when nominal")
    public record Deflator(String series, String seriesBaseYear, String source,
                           @Schema(description = "The series' index for the base year of the answer")
                           String baseYearIndex, String importId) {
    }

    static AggregateResponse of(Aggregates.Result result) {
        AggregateQuery query = result.query();
        Aggregates.RuleVersionUsed version = result.ruleVersion();
        Aggregates.DeflatorUsed deflator = result.deflator();
        List<String> cuts = new ArrayList<>(query.cuts().stream().map(AggregateResponse::cutText).toList());
        if (result.treatmentDefaulted()) {
            cuts.add("treatment:counted");
        }
        if (query.cutOn(AggregateDimension.RULE_VERSION).isEmpty()) {
            cuts.add("ruleVersion:" + version.version());
        }
        Attributes attributes = new Attributes(
                new RuleVersion(version.version(), version.name(), version.status(), version.publishedAt(),
                        version.chosenBy()),
                PriceBasisJson.of(query.prices()),
                deflator == null ? null : new Deflator(deflator.series(), deflator.seriesBaseYear(), deflator.source(),
                        deflator.baseYearIndex().toPlainString(), deflator.importId().toString()),
                "GBP", query.perCapita(),
                query.cutOn(AggregateDimension.TREATMENT).map(AggregateResponse::cutText)
                        .orElse("treatment:counted (default)"));
        List<String> order = new ArrayList<>(query.order().stream()
                .map(o -> o.key() + (o.descending() ? ":desc" : ":asc")).toList());
        query.drilldown().forEach(d -> order.add(d.wire() + ":asc"));
        List<Map<String, Object>> cells = result.cells().stream().map(cell -> cell(query, cell)).toList();
        Map<String, Object> summary = measures(query, result.summary().amount(), result.summary().lines(),
                result.summary().figures(), result.summary().perCapita());
        return new AggregateResponse(attributes, query.drilldown().stream().map(AggregateDimension::wire).toList(),
                cuts, order, query.measures().stream().map(AggregateMeasure::wire).toList(), cells, summary,
                result.totalCellCount(), query.page(), query.pageSize());
    }

    private static String cutText(AggregateQuery.Cut cut) {
        return cut.dimension().wire() + ":" + (cut.isRange() ? cut.from() + ".." + cut.to()
                : String.join(";", cut.values()));
    }

    private static Map<String, Object> cell(AggregateQuery query, Aggregates.Cell cell) {
        Map<String, Object> json = new LinkedHashMap<>();
        cell.members().forEach((dimension, member) -> json.put(dimension.wire(), member));
        json.putAll(measures(query, cell.amount(), cell.lines(), cell.figures(), cell.perCapita()));
        return json;
    }

    private static Map<String, Object> measures(AggregateQuery query, java.math.BigDecimal amount, long lines,
                                                long figures, Aggregates.PerCapitaFigure perCapita) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (AggregateMeasure measure : query.measures()) {
            switch (measure) {
                case AMOUNT_SUM -> json.put(measure.wire(), new MoneyJson(amount.toPlainString(), "GBP"));
                case LINES_COUNT -> json.put(measure.wire(), lines);
                case FIGURES_COUNT -> json.put(measure.wire(), figures);
            }
        }
        if (query.perCapita() && perCapita != null) {
            json.put("amount.perCapita", perCapita.amount() == null ? null
                    : new MoneyJson(perCapita.amount().toPlainString(), "GBP"));
            json.put("population", perCapita.population());
            json.put("populationYear", perCapita.populationYear());
            json.put("perCapitaNote", perCapita.whyNone());
        }
        return json;
    }
}
