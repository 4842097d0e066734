package org.totalplace.governance.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.DecisionQueries;

/** One recorded decision; decisions are never changed, so they carry no version. */
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and actions")
public class DecisionResource {

    private final DecisionQueries queries;

    DecisionResource(DecisionQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "Read one decision with its meeting, agenda item and reference")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public DecisionResponse get(@Parameter(description = "Decision id") @PathParam("id") UUID id) {
        return DecisionResponse.of(queries.require(id));
    }
}
