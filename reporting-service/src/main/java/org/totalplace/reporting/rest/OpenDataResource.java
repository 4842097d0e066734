package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.open.Publication;
import org.totalplace.reporting.service.Publications;

/**
 * The public open-data view: what programme decisions published and did not withdraw, read-only, without a token.
 * Every answer states the licence (Open Government Licence v3.0) in a {@code Link: rel="license"} header and, where
 * the body can carry it, in a field. Nothing unpublished is reachable here: the content served is the snapshot
 * taken when it was published.
 */
@Path("/open")
@Tag(name = "Open data", description = "What programme decisions published, and the public open-data view of it")
public class OpenDataResource {

    static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";
    static final String LICENCE_HEADER = "Link: <" + org.totalplace.reporting.domain.open.Licence.URL
            + ">; rel=\"license\"";
    static final String INDEX_EXAMPLE = """
            {"title":"Total Place open data","licence":{"name":"Open Government Licence v3.0",\
            "url":"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",\
            "statement":"Contains public sector information licensed under the Open Government Licence v3.0."},\
            "publications":[{"id":"6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c","title":"Total Place count of lewisham, \
            financial year 2009-10","subject":{"kind":"PILOT_COUNT","pilot":"lewisham","financialYear":"2009-10"},\
            "decisionId":"0d7a3c52-6b1e-4f7a-9c0e-2a4b6c8d0e1f","publishedOn":"2010-03-01",\
            "links":{"self":"/open/publications/6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c",\
            "csv":"/open/publications/6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c.csv",\
            "datapackage":"/open/publications/6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c/datapackage.json"}}]}""";

    @Inject
    Publications publications;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getOpenDataIndex", summary = "Open data: the licence and every publication, with links",
            description = "Public: no token needed. Newest publication date first; withdrawn publications are not "
                    + "listed.")
    @APIResponse(responseCode = "200", description = "The index",
            headers = @Header(name = "Link", description = LICENCE_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenPublicationResponse.Index.class),
                    examples = @ExampleObject(name = "one count", value = INDEX_EXAMPLE)))
    public Response index() {
        return licensed(Response.ok(new OpenPublicationResponse.Index("Total Place open data",
                OpenPublicationResponse.LicenceStatement.OGL,
                publications.open().stream().map(OpenPublicationResponse.Entry::of).toList())));
    }

    @GET
    @Path("/publications/" + ID)
    @Produces(MediaType.APPLICATION_JSON)
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getOpenPublication", summary = "Open data: one publication, as JSON",
            description = "Public. The content is the snapshot taken when it was published; it never changes.")
    @APIResponse(responseCode = "200", description = "The publication",
            headers = @Header(name = "Link", description = LICENCE_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenPublicationResponse.class)))
    @APIResponse(responseCode = "404", description = "Never published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publication(@Parameter(description = "Publication id") @PathParam("id") UUID id) {
        return licensed(Response.ok(OpenPublicationResponse.of(publications.openOne(id)),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("/publications/" + ID + ".csv")
    @Produces(ReportFormats.TEXT_CSV)
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getOpenPublicationCsv", summary = "Open data: one publication's table, as CSV",
            description = "Public. A count: one row per function and counting method (the data of its Fiscal Data "
                    + "Package); a report: its first table.")
    @APIResponse(responseCode = "200", description = "The CSV, with a header row",
            headers = @Header(name = "Link", description = LICENCE_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ReportFormats.TEXT_CSV, examples = @ExampleObject(name = "a count",
                    value = "pilot_code,financial_year,rule_version,method,function_l1,function_name,amount,"
                            + "per_capita,currency\r\nlewisham,2009-10,1,top-down,7,Health,2200000000.37,8650.49,"
                            + "GBP\r\n")))
    @APIResponse(responseCode = "404", description = "Never published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@Parameter(description = "Publication id") @PathParam("id") UUID id) {
        Publication publication = publications.openOne(id);
        return licensed(Response.ok(publication.csv.getBytes(StandardCharsets.UTF_8),
                        ReportFormats.TEXT_CSV + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "inline; filename=\"" + (publication.dataPackage == null
                        ? publication.report : "count") + ".csv\""));
    }

    @GET
    @Path("/publications/" + ID + "/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getOpenPublicationDataPackage",
            summary = "Open data: a published count's Fiscal Data Package descriptor",
            description = "Public. Describes the publication's CSV (its resource's path) in the Fiscal Data Package "
                    + "profile: schema, measures (amount, GBP) and dimensions; its licenses name OGL-UK-3.0. Only a "
                    + "count has one.")
    @APIResponse(responseCode = "200", description = "datapackage.json",
            headers = @Header(name = "Link", description = LICENCE_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "Never published, or a report (which has no descriptor)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dataPackage(@Parameter(description = "Publication id") @PathParam("id") UUID id) {
        Publication publication = publications.openOne(id);
        if (publication.dataPackage == null) {
            throw new org.totalplace.reporting.service.NotFoundException("Publication " + id + " is a report; only a "
                    + "published count has a Fiscal Data Package descriptor");
        }
        return licensed(Response.ok(publication.dataPackage, MediaType.APPLICATION_JSON_TYPE));
    }

    private static Response licensed(Response.ResponseBuilder response) {
        return response.header("Link", OpenPublicationResponse.LicenceStatement.linkHeader()).build();
    }
}
