package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.RedesignProposal;
import org.totalplace.spend.service.RedesignProposals;

/** One redesign proposal: read with its implications, revised whole, withdrawn. */
@Path("/redesign-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Redesign proposals", description = RedesignProposalResource.TAG)
public class RedesignProposalResource {

    static final String TAG = "Financial implications of redesign: which body invests, which benefits, net position "
            + "per body, payback year and NPV (Green Book 3.5 % real by default), low/central/high. Never part of "
            + "the count.";

    private final RedesignProposals proposals;

    RedesignProposalResource(RedesignProposals proposals) {
        this.proposals = proposals;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRedesignProposal",
            summary = "Read a redesign proposal with its financial implications, low/central/high")
    @APIResponse(responseCode = "200", description = "The proposal and its implications",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RedesignJson.Proposal.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response get(@Parameter(description = "Proposal id") @PathParam("id") String id,
                        @Context Request request) {
        RedesignProposal proposal = proposals.require(Ids.parse(id, "redesign proposal"));
        EntityTag etag = ETags.of(proposal.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(RedesignJson.Proposal.of(proposal)).tag(etag).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseRedesignProposal",
            summary = "Revise a redesign proposal: replaces its terms and every flow; needs If-Match",
            description = "The same rules as proposing. A withdrawn proposal cannot be revised (409). Publishes "
                    + "totalplace.spend.redesign-proposal-changed.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RedesignJson.ProposalRequest.class),
            examples = @ExampleObject(name = "Worked example (docs/spend-redesign.md)",
                    value = PilotRedesignProposalResource.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Revised; the proposal with its implications",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RedesignJson.Proposal.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The proposal cannot be appraised; errors[] name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, record = "id")
    public Response revise(@Parameter(description = "Proposal id") @PathParam("id") String id,
                           @Parameter(description = "The proposal's ETag from your last read", example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid RedesignJson.ProposalRequest request) {
        RedesignProposal proposal = proposals.revise(Ids.parse(id, "redesign proposal"), ETags.ifMatch(ifMatch),
                request.terms(), request.cashFlows());
        return Response.ok(RedesignJson.Proposal.of(proposal)).tag(ETags.of(proposal.version())).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawRedesignProposal",
            summary = "Withdraw a redesign proposal; it stays readable, marked withdrawn; needs If-Match",
            description = "409 if already withdrawn. Publishes totalplace.spend.redesign-proposal-changed.v1 "
                    + "(change withdrawn), keyed by the pilot id.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the proposal",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RedesignJson.Proposal.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, record = "id")
    public Response withdraw(@Parameter(description = "Proposal id") @PathParam("id") String id,
                             @Parameter(description = "The proposal's ETag from your last read", example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid RedesignJson.WithdrawRequest request) {
        RedesignProposal proposal = proposals.withdraw(Ids.parse(id, "redesign proposal"), ETags.ifMatch(ifMatch),
                request.reason());
        return Response.ok(RedesignJson.Proposal.of(proposal)).tag(ETags.of(proposal.version())).build();
    }
}
