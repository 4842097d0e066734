package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.ExpressionOfInterest;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.service.ExpressionOfInterestQueries;
import org.totalplace.pilots.service.ExpressionOfInterestService;
import org.totalplace.pilots.service.InterestFilter;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;

/**
 * Place-based budget expressions of interest over HTTP: receipt, correction, and the review
 * (review → forward to HMT/CLG → shortlist → accept, or decline; withdraw at any point before a decision).
 * Every move is a POST to a sub-resource carrying If-Match, so that no one decides on a stale reading.
 */
@Path("/expressions-of-interest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expressions of interest",
        description = "Places' expressions of interest in place-based budgets and their review")
public class ExpressionOfInterestResource {

    /** The fields a list may be sorted by; {@code -receivedOn} sorts descending. */
    static final String SORTABLE = "-?(receivedOn|place|status)";

    private static final String PATH_ID = "The expression of interest's id (UUID)";
    private static final String IF_MATCH = "The ETag of your last read";

    private final ExpressionOfInterestService interests;
    private final ExpressionOfInterestQueries queries;
    private final Access access;

    ExpressionOfInterestResource(ExpressionOfInterestService interests, ExpressionOfInterestQueries queries,
                                 Access access) {
        this.access = access;
        this.interests = interests;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listExpressionsOfInterest",
            summary = "List expressions of interest, a page at a time, optionally by status, region or pilot")
    @APIResponse(responseCode = "200", description = "One page of expressions of interest",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "receivedOn, place or status (in review order); prefix - for descending",
                    example = "-receivedOn")
            @QueryParam("sort") @DefaultValue("receivedOn")
            @Pattern(regexp = SORTABLE,
                    message = "must be receivedOn, place or status, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only those in this status", example = "FORWARDED")
            @QueryParam("status")
            @Pattern(regexp = InterestStatus.NAMES,
                    message = "must be one of: "
                            + "RECEIVED, UNDER_REVIEW, FORWARDED, SHORTLISTED, ACCEPTED, DECLINED, WITHDRAWN")
            String status,
            @Parameter(description = "Only those from this region", example = "North West")
            @QueryParam("region") @RegionName String region,
            @Parameter(description = "Only those from this pilot, by id or code; none for a pilot that does not exist",
                    example = "lewisham")
            @QueryParam("pilotId") String pilotId,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        InterestFilter filter = new InterestFilter(Optional.ofNullable(status).flatMap(InterestStatus::fromName),
                Optional.ofNullable(region).flatMap(Region::fromDisplayName), Optional.ofNullable(pilotId));
        Page<ExpressionOfInterestResponse> page = queries.list(filter, access.scope(Permission.READ_PILOT), request).map(ExpressionOfInterestResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "summariseExpressionsOfInterest",
            summary = "Count expressions of interest by status and region, and how many went to HMT and to CLG")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = InterestSummaryResponse.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public InterestSummaryResponse summary() {
        return InterestSummaryResponse.of(queries.summary());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExpressionOfInterest",
            summary = "Read one expression of interest with its status history")
    @APIResponse(responseCode = "200", description = "The expression of interest",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ExpressionOfInterestResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response get(@Parameter(description = PATH_ID) @PathParam("id") String id, @Context Request request) {
        ExpressionOfInterest interest = queries.require(id);
        EntityTag etag = ETags.of(interest.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(ExpressionOfInterestResponse.of(interest)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "receiveExpressionOfInterest",
            summary = "Record an expression of interest from a place (pilot or not); it starts RECEIVED")
    @APIResponse(responseCode = "201", description = "Received",
            headers = {@Header(name = "Location", description = "The new expression of interest", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ExpressionOfInterestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422",
            description = "Unknown pilot, a region other than the pilot's, or received in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response receive(@NotNull @Valid ExpressionOfInterestRequest body, @Context UriInfo uri) {
        ExpressionOfInterest interest =
                interests.receive(body.details(), body.region(), body.receivedOn(), body.pilot());
        return Response.created(uri.getAbsolutePathBuilder().path(interest.id().toString()).build())
                .tag(ETags.of(interest.version()))
                .entity(ExpressionOfInterestResponse.of(interest))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "editExpressionOfInterest",
            summary = "Correct place, lead body and summary until decided; "
                    + "needs If-Match with the ETag of the last read")
    @APIResponse(responseCode = "200", description = "Corrected",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ExpressionOfInterestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "Already decided (ACCEPTED, DECLINED or WITHDRAWN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response edit(@Parameter(description = PATH_ID) @PathParam("id") String id,
                         @Parameter(description = IF_MATCH, example = "\"3\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid ExpressionOfInterestEdit body) {
        return changed(interests.revise(id, ETags.ifMatch(ifMatch), body.details()));
    }

    // --- the review ----------------------------------------------------------------------------------

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.WILDCARD) // no body: a plain POST, with or without a Content-Type
    @Operation(operationId = "startReviewOfExpressionOfInterest",
            summary = "Start reviewing: RECEIVED → UNDER_REVIEW")
    @APIResponse(responseCode = "200", ref = "ReviewMoved")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ReviewConflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response review(@Parameter(description = PATH_ID) @PathParam("id") String id,
                           @Parameter(description = IF_MATCH, example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(interests.startReview(id, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/forward")
    @Operation(operationId = "forwardExpressionOfInterest",
            summary = "Pass to HM Treasury and/or CLG: UNDER_REVIEW → FORWARDED, recording to whom and when")
    @APIResponse(responseCode = "200", ref = "ReviewMoved")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ReviewConflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422",
            description = "A department named twice, or a day before receipt or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Guarded(Permission.ADMINISTER)
    public Response forward(@Parameter(description = PATH_ID) @PathParam("id") String id,
                            @Parameter(description = IF_MATCH, example = "\"1\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ForwardRequest body) {
        return changed(interests.forward(id, ETags.ifMatch(ifMatch), body.to(), body.on()));
    }

    @POST
    @Path("/{id}/shortlist")
    @Consumes(MediaType.WILDCARD) // no body: a plain POST, with or without a Content-Type
    @Operation(operationId = "shortlistExpressionOfInterest", summary = "Shortlist: FORWARDED → SHORTLISTED")
    @APIResponse(responseCode = "200", ref = "ReviewMoved")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ReviewConflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response shortlist(@Parameter(description = PATH_ID) @PathParam("id") String id,
                              @Parameter(description = IF_MATCH, example = "\"2\"")
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(interests.shortlist(id, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD) // no body: a plain POST, with or without a Content-Type
    @Operation(operationId = "acceptExpressionOfInterest", summary = "Accept: SHORTLISTED → ACCEPTED (final)")
    @APIResponse(responseCode = "200", ref = "ReviewMoved")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ReviewConflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response accept(@Parameter(description = PATH_ID) @PathParam("id") String id,
                           @Parameter(description = IF_MATCH, example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(interests.accept(id, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(operationId = "declineExpressionOfInterest",
            summary = "Decline, saying why: FORWARDED or SHORTLISTED → DECLINED (final)")
    @APIResponse(responseCode = "200", ref = "ReviewMoved")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ReviewConflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @Guarded(Permission.ADMINISTER)
    public Response decline(@Parameter(description = PATH_ID) @PathParam("id") String id,
                            @Parameter(description = IF_MATCH, example = "\"2\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ReasonRequest body) {
        return changed(interests.decline(id, ETags.ifMatch(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawExpressionOfInterest",
            summary = "Withdraw, saying why: any status not yet decided → WITHDRAWN (final)")
    @APIResponse(responseCode = "200", ref = "ReviewMoved")
    @APIResponse(responseCode = "404", ref = "ExpressionOfInterestNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ReviewConflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @Guarded(Permission.ADMINISTER)
    public Response withdraw(@Parameter(description = PATH_ID) @PathParam("id") String id,
                             @Parameter(description = IF_MATCH, example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ReasonRequest body) {
        return changed(interests.withdraw(id, ETags.ifMatch(ifMatch), body.reason()));
    }

    private static Response changed(ExpressionOfInterest interest) {
        return Response.ok(ExpressionOfInterestResponse.of(interest)).tag(ETags.of(interest.version())).build();
    }
}
