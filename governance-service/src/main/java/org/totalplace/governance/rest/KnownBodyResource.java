package org.totalplace.governance.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.KnownBody;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.KnownBodies;

/** The public bodies governance knows from pilots-service's partner-body events, read-only. */
@Path("/known-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Known bodies", description = "Public bodies as pilots-service announced them: names through time and successors")
public class KnownBodyResource {

    private final KnownBodies bodies;

    KnownBodyResource(KnownBodies bodies) {
        this.bodies = bodies;
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getKnownBody", summary = "Read one known body: its names through time and its successor",
            description = "An eventually consistent copy of pilots-service's register of partner bodies; current "
                    + "follows the successors to today.")
    @APIResponse(responseCode = "200", description = "The body",
            content = @Content(schema = @Schema(implementation = KnownBodyResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public KnownBodyResponse get(@Parameter(description = "The body's id (UUID) or code (any case)", example = "GO-NE")
                                 @PathParam("idOrCode") String idOrCode) {
        KnownBody body = bodies.require(idOrCode);
        return KnownBodyResponse.of(body, bodies.current(body));
    }
}
