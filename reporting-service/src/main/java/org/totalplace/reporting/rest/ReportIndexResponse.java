package org.totalplace.reporting.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportIndex", description = "The reports this service produces, with their links and parameters")
public record ReportIndexResponse(List<Report> items) {

    @Schema(name = "ReportIndexEntry")
    public record Report(@Schema(examples = "budget") String kind, String title, String description,
                         @Schema(examples = "/reports/budget") String href, List<String> formats,
                         List<Param> parameters) {
    }

    @Schema(name = "ReportParameter")
    public record Param(String name, String description, @Schema(description = "Value when absent") String defaultValue) {
    }
}
