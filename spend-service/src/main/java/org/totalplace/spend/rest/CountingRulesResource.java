package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.CountingRuleSet;
import org.totalplace.spend.service.CountingRulesService;
import org.totalplace.spend.service.RuleDefinition;
import org.totalplace.spend.service.RuleDefinitions;

/** Versions of the counting rules: written as drafts, then published, after which they never change. */
@Path("/counting-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counting rules", description = "How source categories map to the functional classification, what is "
        + "excluded and how capital and revenue are counted, versioned")
public class CountingRulesResource {

    static final String VERSION = "[1-9][0-9]{0,5}";

    private final CountingRulesService rules;
    private final RuleDefinitions definitions;

    CountingRulesResource(CountingRulesService rules, RuleDefinitions definitions) {
        this.rules = rules;
        this.definitions = definitions;
    }

    @GET
    @Operation(operationId = "listCountingRules", summary = "List the versions of the counting rules, oldest first")
    @APIResponse(responseCode = "200", description = "One page of versions",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RulesPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        List<CountingRulesJson.Summary> all = rules.list().stream().map(CountingRulesJson.Summary::of).toList();
        int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
        List<CountingRulesJson.Summary> page = all.subList(from, Math.min(from + paging.size(), all.size()));
        return Response.ok(new PageResponse<>(page, paging.page(), paging.size(), all.size()))
                .header("Link", paging.linkHeader(uri, all.size())).build();
    }

    /** The OpenAPI shape of one page of versions. */
    @Schema(name = "CountingRulesPage")
    record RulesPage(List<CountingRulesJson.Summary> items, int page, int size, long total) {
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getCountingRules", summary = "Read a version of the counting rules, whole")
    @APIResponse(responseCode = "200", description = "The version",
            headers = @Header(name = "ETag", description = "Its revision, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CountingRulesJson.Full.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Version number", example = "1") @PathParam("version") String version) {
        CountingRuleSet set = rules.require(version(version));
        return Response.ok(full(set)).tag(ETags.of(set.rowVersion())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftCountingRules", summary = "Write a new version of the counting rules, as a draft",
            description = "Numbered after the newest version. The whole definition is checked: every rule names a "
                    + "source (ledger, outturn, cra), fields of that source to match, and exactly one of function "
                    + "(a level 2 code of the classification), exclude (why the money does not count) or spendType.")
    @APIResponse(responseCode = "201", description = "The draft",
            headers = {@Header(name = "Location", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its revision", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CountingRulesJson.Full.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The rules do not hold together (each problem named in errors[])",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.MODERATE)
    public Response draft(@NotNull RuleDefinition definition, @Context UriInfo uri) {
        CountingRuleSet set = rules.draft(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(set.version())).build())
                .tag(ETags.of(set.rowVersion())).entity(full(set)).build();
    }

    @PUT
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redefineCountingRules", summary = "Rewrite a draft version whole; needs If-Match",
            description = "A published version never changes (409): write a new version instead.")
    @APIResponse(responseCode = "200", description = "Rewritten",
            headers = @Header(name = "ETag", description = "Its new revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CountingRulesJson.Full.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The rules do not hold together (each problem named in errors[])",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.MODERATE)
    public Response redefine(@Parameter(description = "Version number", example = "2") @PathParam("version") String version,
                             @Parameter(description = "The version's ETag from your last read", example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull RuleDefinition definition) {
        int number = version(version);
        CountingRuleSet set = rules.redefine(number, ETags.ifMatch(ifMatch), definition);
        return Response.ok(full(set)).tag(ETags.of(set.rowVersion())).build();
    }

    @POST
    @Path("/{version}/publish")
    @Operation(operationId = "publishCountingRules", summary = "Publish a draft version; needs If-Match",
            description = "Every pilot's years are counted under it in the same transaction; counts under older "
                    + "versions stay readable. Pilots whose totals come out different get "
                    + "totalplace.spend.pilot-totals-changed.v1.")
    @APIResponse(responseCode = "200", description = "Published",
            headers = @Header(name = "ETag", description = "Its new revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CountingRulesJson.Full.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.MODERATE)
    public Response publish(@Parameter(description = "Version number", example = "2") @PathParam("version") String version,
                            @Parameter(description = "The version's ETag from your last read", example = "\"0\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int number = version(version);
        CountingRuleSet set = rules.publish(number, ETags.ifMatch(ifMatch));
        return Response.ok(full(set)).tag(ETags.of(set.rowVersion())).build();
    }

    private CountingRulesJson.Full full(CountingRuleSet set) {
        return CountingRulesJson.Full.of(set, definitions.parse(set.definition()));
    }

    private static int version(String text) {
        if (text == null || !text.matches(VERSION)) {
            throw new org.totalplace.spend.service.NotFoundException("No counting rules version '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
