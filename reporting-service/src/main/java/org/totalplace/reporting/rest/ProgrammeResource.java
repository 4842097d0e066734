package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.service.ProgrammeQuery;

/**
 * The programme read model: pilots, their governance groups and their counted spend, built from the events of
 * pilots-, governance- and spend-service. Read-only; it lags the producers by the time events take to arrive.
 */
@Path("/programme")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme", description = "The Total Place programme as reported from all services' events")
public class ProgrammeResource {

    private static final String PROGRAMME_EXAMPLE = """
            {"pilots":[{"pilotId":"0b6f3c0e-8f0a-4a47-9d38-3f0f3a1c2d01","code":"lewisham","name":"Lewisham",\
            "region":"London","groups":[{"groupId":"5d0c2b7a-3c1e-4f55-9a0e-0e7a4b1f7c11","code":"lewisham-board",\
            "name":"Lewisham Total Place board","kind":"PILOT_BOARD"}],"spend":[{"financialYear":"2008-09",\
            "priceBasis":{"kind":"nominal","baseYear":null},"total":{"amount":"2200000000.00","currency":"GBP"},\
            "lines":12}]}],"programmeGroups":[{"groupId":"9a3e6c54-1d2b-4e8f-8c7a-6b5d4e3f2a10",\
            "code":"ministerial-group","name":"Ministerial group","kind":"MINISTERIAL"}],"unassignedGroups":[],\
            "unassignedSpend":[],"totals":[{"financialYear":"2008-09","priceBasis":{"kind":"nominal","baseYear":null},\
            "total":{"amount":"2200000000.00","currency":"GBP"},"lines":12}]}""";

    @Inject
    ProgrammeQuery query;

    @Inject
    Access access;

    @GET
    @Guarded(Permission.READ_PILOT)
    @Operation(operationId = "getProgramme", summary = "The whole programme",
            description = "Every known pilot (by name) with its groups and spend totals, groups that belong to no "
                    + "pilot, anything naming a pilot not (yet) known, and programme totals per financial year, "
                    + "price basis and currency. Amounts on different bases or in different currencies are never added. "
                    + "Only the pilots the caller may read (pilot staff: theirs; a Government Office: its region's), "
                    + "and totals of their spend.")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeResponse.class),
                    examples = @ExampleObject(name = "one pilot", value = PROGRAMME_EXAMPLE)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug, logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgrammeResponse programme() {
        return ProgrammeResponse.of(query.programme(access.scope(Permission.READ_PILOT)));
    }

    @GET
    @Path("/pilots/{idOrCode}")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    @Operation(operationId = "getProgrammePilot", summary = "One pilot with its groups and spend",
            description = "The pilot's entry of the programme, by pilot id or code.")
    @APIResponse(responseCode = "200", description = "The pilot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PilotSummary.class)))
    @APIResponse(responseCode = "404", description = "No pilot with that id or code is known to reporting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown pilot", value = """
                            {"type":"urn:totalplace:problem:not-found","title":"Not found","status":404,\
                            "detail":"no pilot with id or code 'atlantis' is known to reporting",\
                            "instance":"/programme/pilots/atlantis","errors":[]}""")))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug, logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PilotSummary pilot(
            @Parameter(description = "Pilot id (UUID) or code", example = "lewisham") @PathParam("idOrCode") String idOrCode) {
        return PilotSummary.of(query.pilot(idOrCode));
    }
}
