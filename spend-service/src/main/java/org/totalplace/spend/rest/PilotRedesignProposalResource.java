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
import java.util.List;
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
import org.totalplace.spend.service.Page;
import org.totalplace.spend.service.RedesignProposals;

/** A pilot's redesign proposals: proposed here, listed here. */
@Path("/pilots/{pilotId}/redesign-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Redesign proposals", description = RedesignProposalResource.TAG)
public class PilotRedesignProposalResource {

    static final String EXAMPLE = """
            {"title":"Early help for families with complex needs","theme":"From repair to prevention",\
            "description":"Council-funded family workers; fewer hospital admissions and crisis placements",\
            "discountRate":"0.035","priceBasis":{"kind":"real","baseYear":"2009-10"},"firstYear":"2010-11",\
            "flows":[{"body":"Gateshead Council","financialYear":"2010-11",\
            "investment":{"low":{"amount":"90000.00","currency":"GBP"},"central":{"amount":"100000.00","currency":"GBP"},\
            "high":{"amount":"120000.00","currency":"GBP"}}},\
            {"body":"Gateshead Council","financialYear":"2012-13",\
            "savings":{"low":{"amount":"5000.00","currency":"GBP"},"central":{"amount":"10000.00","currency":"GBP"},\
            "high":{"amount":"15000.00","currency":"GBP"}}},\
            {"body":"NHS South of Tyne and Wear","financialYear":"2011-12",\
            "savings":{"low":{"amount":"30000.00","currency":"GBP"},"central":{"amount":"40000.00","currency":"GBP"},\
            "high":{"amount":"95000.00","currency":"GBP"}}},\
            {"body":"NHS South of Tyne and Wear","financialYear":"2012-13",\
            "savings":{"low":{"amount":"60000.00","currency":"GBP"},"central":{"amount":"80000.00","currency":"GBP"},\
            "high":{"amount":"100000.00","currency":"GBP"}}}]}""";

    private final RedesignProposals proposals;

    PilotRedesignProposalResource(RedesignProposals proposals) {
        this.proposals = proposals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeRedesign",
            summary = "Propose a redesign: each body's investment and savings per year, low/central/high",
            description = "Flows are in real terms (priceBasis real, with its base year), none before firstYear nor "
                    + "more than 30 years after it, one per body and year, amounts not negative with low ≤ central "
                    + "≤ high. The answer carries the financial implications. Publishes "
                    + "totalplace.spend.redesign-proposal-changed.v1, keyed by the pilot id. Never part of the count.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RedesignJson.ProposalRequest.class),
            examples = @ExampleObject(name = "Worked example (docs/spend-redesign.md)", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Proposed; the proposal with its implications",
            headers = {@Header(name = "Location", description = "The proposal", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RedesignJson.Proposal.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The proposal cannot be appraised; errors[] name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, pilot = "pilotId")
    public Response propose(@Parameter(description = "Pilot id (as in pilots-service) or code") @PathParam("pilotId")
                            String pilotId,
                            @NotNull @Valid RedesignJson.ProposalRequest request, @Context UriInfo uri) {
        RedesignProposal proposal = proposals.propose(pilotId, request.terms(), request.cashFlows());
        return Response.created(uri.getBaseUriBuilder().path("redesign-proposals").path(proposal.id().toString())
                        .build())
                .tag(ETags.of(proposal.version()))
                .entity(RedesignJson.Proposal.of(proposal))
                .build();
    }

    @GET
    @Operation(operationId = "listRedesignProposals",
            summary = "List a pilot's redesign proposals, newest first, withdrawn ones included")
    @APIResponse(responseCode = "200", description = "One page of proposals, each with its implications",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RedesignProposalPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Response list(@Parameter(description = "Pilot id (as in pilots-service) or code") @PathParam("pilotId")
                         String pilotId,
                         @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        Page<RedesignJson.Proposal> page = proposals.list(pilotId, paging.page(), paging.size())
                .map(RedesignJson.Proposal::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    /** The OpenAPI shape of one page of proposals. */
    @Schema(name = "RedesignProposalPage")
    record RedesignProposalPage(List<RedesignJson.Proposal> items, int page, int size, long total) {
    }
}
