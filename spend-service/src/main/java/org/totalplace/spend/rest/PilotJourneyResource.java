package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.totalplace.spend.service.Page;

/** A pilot's service-user journeys: recorded here, listed here. */
@Path("/pilots/{pilotId}/journeys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journeys", description = JourneyResource.TAG)
public class PilotJourneyResource {

    static final String EXAMPLE = """
            {"name":"Mrs A, 84, falls at home and is readmitted","theme":"OLDER_PERSON_LEAVING_HOSPITAL",\
            "financialYear":"2009-10","priceBasis":{"kind":"nominal","baseYear":null},"contacts":[\
            {"dayOffset":0,"body":"NHS South of Tyne and Wear","activity":"A&E attendance","purpose":"REPAIR",\
            "quantity":1,"unitCost":{"kind":"stated","amount":{"amount":"110.00","currency":"GBP"},\
            "source":"Illustrative unit cost for the worked example (docs/spend-journeys.md)"}},\
            {"dayOffset":12,"body":"Gateshead Council","activity":"home care hour","purpose":"REPAIR","quantity":28,\
            "unitCost":{"kind":"derived","function":"10.2","activityVolume":1150000,\
            "volumeSource":"Illustrative: home care hours the council paid for in 2009-10"}}]}""";

    private final Journeys journeys;

    PilotJourneyResource(Journeys journeys) {
        this.journeys = journeys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordJourney",
            summary = "Record a service user's journey: ordered contacts with a body, activity, purpose and unit cost",
            description = "Each contact's body is a partner body of the pilot in the year (name, code or id); its "
                    + "unit cost is stated with a source or derived from the body's counted spend in a function ÷ a "
                    + "stated activity volume. A redesigned journey names the journey it redesigns. The answer "
                    + "carries the costing. Publishes totalplace.spend.journey-costed.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JourneyJson.JourneyRequest.class),
            examples = @ExampleObject(name = "Part of the worked example (docs/spend-journeys.md)", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; the journey with its costing",
            headers = {@Header(name = "Location", description = "The journey", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = JourneyJson.JourneyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The journey cannot be costed; errors[] name each field "
            + "(e.g. contacts[2].body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, pilot = "pilotId")
    public Response record(@Parameter(description = "Pilot id (as in pilots-service) or code") @PathParam("pilotId")
                           String pilotId,
                           @NotNull @Valid JourneyJson.JourneyRequest request, @Context UriInfo uri) {
        Journey journey = journeys.record(pilotId, request.terms(), request.planned());
        return Response.created(uri.getBaseUriBuilder().path("journeys").path(journey.id().toString()).build())
                .tag(ETags.of(journey.version()))
                .entity(JourneyJson.JourneyResponse.of(journey))
                .build();
    }

    @GET
    @Operation(operationId = "listJourneys", summary = "List a pilot's journeys, newest first, each with its costing")
    @APIResponse(responseCode = "200", description = "One page of journeys",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JourneyJson.Page.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Response list(@Parameter(description = "Pilot id (as in pilots-service) or code") @PathParam("pilotId")
                         String pilotId,
                         @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        Page<JourneyJson.JourneyResponse> page = journeys.list(pilotId, paging.page(), paging.size())
                .map(JourneyJson.JourneyResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }
}
