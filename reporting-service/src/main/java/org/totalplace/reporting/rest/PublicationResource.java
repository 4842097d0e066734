package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.open.Publication;
import org.totalplace.reporting.service.Page;
import org.totalplace.reporting.service.Publications;

/**
 * Publishing as open data, by a programme decision: the programme office records what a decision published (a
 * pilot's count, a report), which is snapshotted there and then, and may withdraw it. The open view is
 * {@link OpenDataResource}.
 */
@Path("/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "What programme decisions published, and the public open-data view of it")
public class PublicationResource {

    static final String REQUEST_EXAMPLE = """
            {"subject":{"kind":"PILOT_COUNT","pilot":"lewisham","financialYear":"2009-10"},\
            "decisionId":"0d7a3c52-6b1e-4f7a-9c0e-2a4b6c8d0e1f","publishedOn":"2010-03-01"}""";
    static final String PUBLICATION_EXAMPLE = """
            {"id":"6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c","title":"Total Place count of lewisham, financial year \
            2009-10","subject":{"kind":"PILOT_COUNT","pilot":"lewisham","financialYear":"2009-10"},\
            "decisionId":"0d7a3c52-6b1e-4f7a-9c0e-2a4b6c8d0e1f","publishedOn":"2010-03-01",\
            "publishedAt":"2010-03-01T10:00:00Z","publishedBy":"programme-office@example.gov.uk","version":1,\
            "links":{"self":"/open/publications/6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c",\
            "csv":"/open/publications/6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c.csv",\
            "datapackage":"/open/publications/6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c/datapackage.json"}}""";
    static final String UNKNOWN_DECISION = """
            {"type":"urn:totalplace:problem:rule-violation","title":"A rule of the domain rejects the request",\
            "status":422,"detail":"decisionId 0d7a3c52-6b1e-4f7a-9c0e-2a4b6c8d0e1f is not a governance decision \
            this service has received (no totalplace.governance.decision-recorded.v1 event for it)",\
            "instance":"/publications","errors":[{"field":"decisionId","message":"is not a governance decision \
            this service has received (no totalplace.governance.decision-recorded.v1 event for it)"}]}""";

    @Inject
    Publications publications;

    @Inject
    PublicationSnapshots snapshots;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "createPublication", summary = "Publish a count or a report as open data, by a decision",
            description = "Programme office only. The content is snapshotted now and never changes: its open URLs "
                    + "are stable. The decision must be one reporting has received "
                    + "(totalplace.governance.decision-recorded.v1).")
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", description = "The publication",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationResponse.class),
                    examples = @ExampleObject(name = "a count", value = PUBLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or ill-formed; each is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The decision is unknown here, or the pilot has no such count",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown decision", value = UNKNOWN_DECISION)))
    public Response publish(@NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    examples = @ExampleObject(name = "a count", value = REQUEST_EXAMPLE)))
                            PublicationRequest body) {
        Publications.Draft draft = body.draft();
        publications.check(draft);
        UUID id = UUID.randomUUID();
        Publication publication = publications.publish(draft, id, snapshots.take(id, draft.subject()));
        return Response.created(URI.create("/publications/" + id))
                .tag(ETags.of(publication.version))
                .entity(PublicationResponse.of(publication)).build();
    }

    @GET
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "listPublications", summary = "Every publication, newest first, withdrawn ones included")
    @APIResponse(responseCode = "200", description = "One page of publications",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one page",
                    value = "{\"items\":[" + PUBLICATION_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "page or size is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        Page<Publication> page = publications.list(paging.page(), paging.size());
        return Response.ok(new PageResponse<>(page.items().stream().map(PublicationResponse::of).toList(),
                        paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "getPublication", summary = "One publication, withdrawn or not")
    @APIResponse(responseCode = "200", description = "The publication",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such publication",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Publication id") @PathParam("id") UUID id) {
        Publication publication = publications.require(id);
        return Response.ok(PublicationResponse.of(publication)).tag(ETags.of(publication.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "withdrawPublication", summary = "Withdraw a publication from the open view",
            description = "Its open URLs answer 410 Gone from now on; the record and its snapshot stay. Withdrawing "
                    + "twice is harmless.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such publication",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@Parameter(description = "Publication id") @PathParam("id") UUID id) {
        Publication publication = publications.withdraw(id);
        return Response.ok(PublicationResponse.of(publication)).tag(ETags.of(publication.version)).build();
    }
}
