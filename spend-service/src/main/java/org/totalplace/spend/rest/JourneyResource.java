package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
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
import org.totalplace.spend.domain.Journey;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.service.Journeys;

/** One journey: read with its costing, revised whole, compared with the journey it redesigns. */
@Path("/journeys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journeys", description = JourneyResource.TAG)
public class JourneyResource {

    static final String TAG = "Customer insight: a service user's journey through a pilot's public bodies, costed "
            + "contact by contact — total to the public purse, per body, repair vs prevention, duplicated contacts — "
            + "and a redesigned journey against today's: which body saves, which spends more (the wrong pocket).";

    private final Journeys journeys;

    JourneyResource(Journeys journeys) {
        this.journeys = journeys;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJourney", summary = "Read a journey with its costing")
    @APIResponse(responseCode = "200", description = "The journey and its costing",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JourneyJson.JourneyResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response get(@Parameter(description = "Journey id") @PathParam("id") String id, @Context Request request) {
        Journey journey = journeys.require(Ids.parse(id, "journey"));
        EntityTag etag = ETags.of(journey.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(JourneyJson.JourneyResponse.of(journey)).tag(etag).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseJourney",
            summary = "Revise a journey: replaces its terms and every contact; needs If-Match",
            description = "The same rules as recording; unit costs from the count are derived again. Publishes "
                    + "totalplace.spend.journey-costed.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JourneyJson.JourneyRequest.class),
            examples = @ExampleObject(name = "Part of the worked example (docs/spend-journeys.md)",
                    value = PilotJourneyResource.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Revised; the journey with its costing",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JourneyJson.JourneyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The journey cannot be costed; errors[] name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, record = "id")
    public Response revise(@Parameter(description = "Journey id") @PathParam("id") String id,
                           @Parameter(description = "The journey's ETag from your last read", example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid JourneyJson.JourneyRequest request) {
        Journey journey = journeys.revise(Ids.parse(id, "journey"), ETags.ifMatch(ifMatch), request.terms(),
                request.planned());
        return Response.ok(JourneyJson.JourneyResponse.of(journey)).tag(ETags.of(journey.version())).build();
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(operationId = "compareJourney",
            summary = "Compare a redesigned journey with the journey it redesigns: total, per body, repair/prevention",
            description = "change = redesigned − today (negative: a saving); each body SAVES, SPENDS_MORE or is "
                    + "UNCHANGED; wrongPocket when the purse saves overall while some body spends more. 409 for a "
                    + "journey that redesigns none.")
    @APIResponse(responseCode = "200", description = "Today against the redesign",
            content = @Content(schema = @Schema(implementation = JourneyJson.Comparison.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response compare(@Parameter(description = "Id of the redesigned journey") @PathParam("id") String id) {
        return Response.ok(JourneyJson.Comparison.of(journeys.comparison(Ids.parse(id, "journey")))).build();
    }
}
