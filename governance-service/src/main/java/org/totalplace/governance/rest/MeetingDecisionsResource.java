package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.DecisionQueries;
import org.totalplace.governance.service.DecisionService;
import org.totalplace.governance.service.MeetingQueries;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.RecordedDecision;

/** The decisions a held meeting took, each on an item of its agenda. */
@Path("/meetings/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and actions", description = "What a held meeting decided and whom it gave actions")
public class MeetingDecisionsResource {

    private final DecisionService decisions;
    private final DecisionQueries queries;
    private final MeetingQueries meetings;

    MeetingDecisionsResource(DecisionService decisions, DecisionQueries queries, MeetingQueries meetings) {
        this.decisions = decisions;
        this.queries = queries;
        this.meetings = meetings;
    }

    @GET
    @Operation(operationId = "listMeetingDecisions", summary = "List a meeting's decisions in the order they were recorded")
    @APIResponse(responseCode = "200", description = "One page of the meeting's decisions",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DecisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response list(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                         @Valid @BeanParam PageParams paging,
                         @Context UriInfo uri) {
        Page<DecisionResponse> page = queries.of(id, paging.page(), paging.size()).map(DecisionResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "recordDecision", summary = "Record a decision a held meeting took on an item of its agenda; needs If-Match",
            description = "If-Match is the meeting's ETag, and the ETag answered is the meeting's new version. 409 unless "
                    + "the meeting is HELD and its minutes are not APPROVED; 422 when agendaItemId is not on its agenda. "
                    + "A decision on a BARRIER item can then be cited to resolve or decline that barrier. "
                    + "Publishes totalplace.governance.decision-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The decision", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response record(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                           @Parameter(description = "The meeting's ETag from your last read", example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid DecisionRequest body,
                           @Context UriInfo uri) {
        RecordedDecision decision = decisions.record(id, ETags.ifMatch(ifMatch), body.agendaItemId(), body.text());
        return Response.created(uri.getBaseUriBuilder().path("decisions").path(decision.decision().id().toString()).build())
                .tag(ETags.of(meetings.require(id).version()))
                .entity(DecisionResponse.of(decision))
                .build();
    }

    /** The OpenAPI shape of one page of decisions. */
    @Schema(name = "DecisionPage")
    record DecisionPage(List<DecisionResponse> items, int page, int size, long total) {
    }
}
