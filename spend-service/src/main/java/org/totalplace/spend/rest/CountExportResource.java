package org.totalplace.spend.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.service.CountExport;

/**
 * A pilot's count as a Fiscal Data Package: a zip holding datapackage.json and count.csv, or each file on its own
 * (the descriptor then points at the CSV's URL with the same year and rule version).
 */
@Path("/pilots/{pilotId}/count")
@Tag(name = "Aggregates")
public class CountExportResource {

    static final String ZIP = "application/zip";
    static final String CSV = "text/csv";

    private final CountExport export;
    private final ObjectMapper json;

    CountExportResource(CountExport export, ObjectMapper json) {
        this.export = export;
        this.json = json;
    }

    @GET
    @Path("/datapackage.zip")
    @Produces(ZIP)
    @Operation(operationId = "exportCountDataPackage", summary = "Export a pilot's count as a Fiscal Data Package (zip)",
            description = "datapackage.json (Fiscal Data Package 0.3: resources with their schema, a model with the "
                    + "amount measure in GBP and the date, functional and administrative classification, pilot, "
                    + "method and spend type dimensions, licence and sources) and count.csv (one row per counted "
                    + "figure; excluded figures are left out). The rule version is the latest published unless named.")
    @APIResponse(responseCode = "200", description = "The zip",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot (by code) or rule set version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "No rule set is published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Response zip(@Parameter(description = "Pilot id or code") @PathParam("pilotId") String pilotId,
                        @Parameter(description = "Financial year (default: all counted years)", example = "2009-10")
                        @QueryParam("year") String year,
                        @Parameter(description = "Rule set version (default: latest published)", example = "1")
                        @QueryParam("ruleVersion") String ruleVersion) {
        CountExport.CountPackage pack = export.export(pilotId, year, ruleVersion);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(pack.name() + "/datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(pack.descriptor()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(pack.name() + "/" + CountExport.CSV_FILE));
            zip.write(pack.csv().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(bytes.toByteArray(), ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pack.name() + ".zip\"").build();
    }

    @GET
    @Path("/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCountDataPackageDescriptor",
            summary = "The Fiscal Data Package descriptor of a pilot's count",
            description = "As in the zip, but the resource's path is the URL of count.csv for the same pilot, year "
                    + "and rule version (pinned to the version used, so it stays the same count).")
    @APIResponse(responseCode = "200", description = "datapackage.json",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot (by code) or rule set version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "No rule set is published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @SuppressWarnings("unchecked")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Map<String, Object> descriptor(@Parameter(description = "Pilot id or code") @PathParam("pilotId") String pilotId,
                                          @Parameter(description = "Financial year (default: all counted years)",
                                                  example = "2009-10") @QueryParam("year") String year,
                                          @Parameter(description = "Rule set version (default: latest published)",
                                                  example = "1") @QueryParam("ruleVersion") String ruleVersion,
                                          @Context UriInfo uri) {
        CountExport.CountPackage pack = export.export(pilotId, year, ruleVersion);
        Map<String, Object> descriptor = new LinkedHashMap<>(pack.descriptor());
        Map<String, Object> resource = new LinkedHashMap<>(((List<Map<String, Object>>) descriptor.get("resources")).get(0));
        var csvUri = uri.getBaseUriBuilder().path("pilots").path(pilotId).path("count").path(CountExport.CSV_FILE)
                .queryParam("ruleVersion", ((String) descriptor.get("version")).substring("rules-v".length()));
        if (year != null) {
            csvUri.queryParam("year", year);
        }
        resource.put("path", csvUri.build().toString());
        descriptor.put("resources", List.of(resource));
        return descriptor;
    }

    @GET
    @Path("/count.csv")
    @Produces(CSV)
    @Operation(operationId = "getCountCsv", summary = "A pilot's count as CSV (the data of its Fiscal Data Package)")
    @APIResponse(responseCode = "200", description = "count.csv, UTF-8, header first",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot (by code) or rule set version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "No rule set is published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Response csv(@Parameter(description = "Pilot id or code") @PathParam("pilotId") String pilotId,
                        @Parameter(description = "Financial year (default: all counted years)", example = "2009-10")
                        @QueryParam("year") String year,
                        @Parameter(description = "Rule set version (default: latest published)", example = "1")
                        @QueryParam("ruleVersion") String ruleVersion) {
        CountExport.CountPackage pack = export.export(pilotId, year, ruleVersion);
        return Response.ok(pack.csv(), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + CountExport.CSV_FILE + "\"")
                .build();
    }
}
