package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.InvalidValueException;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.state.AsOf;
import org.totalplace.reporting.domain.state.ProgrammeState;
import org.totalplace.reporting.service.InvalidRequestException;
import org.totalplace.reporting.service.ProgrammeStateSource;
import org.totalplace.reporting.service.Violation;

/** The programme state every report is built from, as the journal's events leave it at an instant. */
@Path("/programme-state")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal", description = "The event journal reports are folded from, and its rebuild from the topics")
public class ProgrammeStateResource {

    static final String STATE_EXAMPLE = """
            {"asOf":"2010-02-05T23:59:59.999999999Z","pilots":[{"pilotId":"0b6f3c0e-8f0a-4a47-9d38-3f0f3a1c2d01",\
            "code":"lewisham","name":"Lewisham","region":"London","place":"Lewisham","phase":2,"version":4}],\
            "counts":[],"barriers":[{"barrierId":"7c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5",\
            "pilotId":"0b6f3c0e-8f0a-4a47-9d38-3f0f3a1c2d01","title":"Ring-fenced grants stop pooling",\
            "category":"FUNDING_RULES","owningDepartment":"DCSF","raisedTier":"PILOT","tier":"GOVERNMENT_OFFICE",\
            "status":"RESOLVED","escalations":[{"fromTier":"PILOT","toTier":"GOVERNMENT_OFFICE",\
            "reason":"needs a department","automatic":false,"at":"2009-11-02T10:00:00Z"}],\
            "decision":"Agreed","whitehallChange":"Grant conditions relaxed from April 2010",\
            "decisionId":"3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",\
            "raisedAt":"2009-10-01T09:00:00Z","closedAt":"2010-01-20T16:00:00Z"}],"decisions":[],"submissions":[],\
            "bodySubmissions":[],"milestones":[],"expressions":[],"proposals":[],"adjustments":[]}""";

    @Inject
    ProgrammeStateSource states;

    @Inject
    StateJson json;

    @Inject
    Clock clock;

    @Inject
    Access access;

    @GET
    @Guarded(Permission.READ_PILOT)
    @Operation(operationId = "getProgrammeState", summary = "The programme state as of an instant",
            description = "Everything the reports use (pilots, counts, barriers with their escalations and "
                    + "decisions, submissions, milestones, expressions of interest, redesign proposals, adjustments), "
                    + "folded from the journaled events whose CloudEvents time is at or before asOf. Decimal "
                    + "amounts are exact strings. Pilots are listed by code, everything else by time, then id.")
    @APIResponse(responseCode = "200", description = "The state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeState.class),
                    examples = @ExampleObject(name = "a resolved barrier", value = STATE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "asOf is neither a date nor an RFC 3339 timestamp",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad asOf", value = """
                            {"type":"urn:totalplace:problem:validation","title":"The request is not valid",\
                            "status":400,"detail":"asOf must be a date (2010-02-05, meaning the end of that day UTC) \
                            or an RFC 3339 timestamp with offset (2010-02-05T00:00:00Z); got '5 Feb'",\
                            "instance":"/programme-state","errors":[{"field":"asOf","message":"must be a date \
                            (2010-02-05, meaning the end of that day UTC) or an RFC 3339 timestamp with offset \
                            (2010-02-05T00:00:00Z); got '5 Feb'"}]}""")))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug, logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response state(
            @Parameter(description = "An RFC 3339 timestamp with offset, or a date meaning the end of that day "
                    + "(UTC); now when absent", example = "2010-02-05") @QueryParam("asOf") String asOf) {
        ProgrammeState visible = states.asOf(asOf(asOf)).within(access.scope(Permission.READ_PILOT));
        return Response.ok(json.write(visible)).type(MediaType.APPLICATION_JSON).build();
    }

    private Instant asOf(String text) {
        try {
            return AsOf.parse(text, clock.instant());
        } catch (InvalidValueException e) {
            throw new InvalidRequestException("asOf " + e.getMessage(),
                    List.of(new Violation("asOf", e.getMessage())));
        }
    }
}
