package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
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
import org.totalplace.reporting.domain.AccessRules;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.library.LibraryItem;
import org.totalplace.reporting.service.LibraryItems;
import org.totalplace.reporting.service.Page;

/**
 * The knowledge library: citizens' stories, research reports, news coverage and practice notes, kept by the
 * programme office and read by every role. A citizen story is read anonymised unless its subject consented, it is
 * not to be anonymised and the reader is the programme office.
 */
@Path("/library-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library", description = "The knowledge library: stories, research, news coverage, practice notes")
public class LibraryItemResource {

    static final String REQUEST_EXAMPLE = """
            {"kind":"CITIZEN_STORY","title":"Mary Jones: eleven visitors a week","body":"Mary Jones, 84, had eleven \
            different visitors a week from five agencies. Mary said nobody knew who the others were.",\
            "date":"2010-07-20","source":"Total Place update 49, Leadership Centre for Local Government",\
            "places":["lewisham"],"themes":["older-people"],"tags":["home care"],"consentToPublish":true,\
            "identifyingDetails":[{"text":"Mary Jones","shownAs":"a resident"},{"text":"Mary","shownAs":"she"}]}""";
    static final String ITEM_EXAMPLE = """
            {"id":"4c1f7e52-0d6b-4f0e-9a55-2b3f8c9d1e20","kind":"CITIZEN_STORY",\
            "title":"A resident: eleven visitors a week","body":"A resident, 84, had eleven different visitors a week \
            from five agencies. She said nobody knew who the others were.","date":"2010-07-20",\
            "source":"Total Place update 49, Leadership Centre for Local Government","places":["lewisham"],\
            "themes":["older-people"],"tags":["home care"],"consentToPublish":true,"anonymise":true,\
            "anonymised":true,"version":1,"createdAt":"2010-07-21T09:00:00Z","updatedAt":"2010-07-21T09:00:00Z"}""";
    static final String BAD_REQUEST_EXAMPLE = """
            {"type":"urn:totalplace:problem:validation","title":"The request is not valid","status":400,\
            "detail":"title is required; themes[0] must be a theme slug such as older-people (lower case letters, \
            digits, hyphens)","instance":"/library-items","errors":[{"field":"title","message":"is required"},\
            {"field":"themes[0]","message":"must be a theme slug such as older-people (lower case letters, digits, \
            hyphens)"}]}""";
    static final String RULE_EXAMPLE = """
            {"type":"urn:totalplace:problem:rule-violation","title":"A rule of the domain rejects the request",\
            "status":422,"detail":"anonymise may be false only for a story whose subject consented to publish \
            (consentToPublish true)","instance":"/library-items","errors":[{"field":"anonymise","message":"may be \
            false only for a story whose subject consented to publish (consentToPublish true)"}]}""";

    @Inject
    LibraryItems library;

    @Inject
    Access access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "createLibraryItem", summary = "Add an item to the knowledge library",
            description = "Programme office only. A citizen story's identifying details are kept apart and replaced "
                    + "in every anonymised reading, and in everything search indexes.")
    @APIResponse(responseCode = "201", description = "Added, as the caller reads it",
            headers = {@Header(name = "Location", description = "The new item", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Its version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LibraryItemResponse.class),
                    examples = @ExampleObject(name = "a story", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or ill-formed; each is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no title, bad theme", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule forbids it: names without consent, identifying "
            + "details or consent on an item that is not a story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "named without consent", value = RULE_EXAMPLE)))
    public Response create(@NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "a story", value = REQUEST_EXAMPLE)))
                           LibraryItemRequest body, @Context UriInfo uri) {
        LibraryItem item = library.create(body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                .tag(ETags.of(item.version)).entity(LibraryItemResponse.of(item, maySeeIdentities())).build();
    }

    @GET
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "listLibraryItems", summary = "List library items, newest first, a page at a time",
            description = "Filters combine: kind, a place code, a theme slug, a free tag, a date range (inclusive).")
    @APIResponse(responseCode = "200", description = "One page of items",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one page",
                    value = "{\"items\":[" + ITEM_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "A filter, page or size is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Valid @BeanParam PageParams paging,
                         @Parameter(description = "Only this kind", example = "RESEARCH_REPORT")
                         @QueryParam("kind") String kind,
                         @Parameter(description = "Only items tagged with this place code", example = "lewisham")
                         @QueryParam("place") String place,
                         @Parameter(description = "Only items of this theme", example = "older-people")
                         @QueryParam("theme") String theme,
                         @Parameter(description = "Only items with this free tag", example = "home care")
                         @QueryParam("tag") String tag,
                         @Parameter(description = "Dated on or after", example = "2010-07-01")
                         @QueryParam("from") String from,
                         @Parameter(description = "Dated on or before", example = "2010-07-31")
                         @QueryParam("to") String to,
                         @Context UriInfo uri) {
        Page<LibraryItem> page = library.list(filter(kind, place, theme, tag, from, to), paging.page(),
                paging.size());
        boolean identities = maySeeIdentities();
        return Response.ok(new PageResponse<>(page.items().stream()
                        .map(item -> LibraryItemResponse.of(item, identities)).toList(),
                        paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/search")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "searchLibraryItems", summary = "Full-text search of the library",
            description = "PostgreSQL full-text search, English stemming ('reoffending' finds 'reoffend'), web-search "
                    + "syntax (\"a phrase\", or, -word). Title matches weigh most, then places/themes/tags, then the "
                    + "body. Ranked by ts_rank_cd, ties by date (newest first) then id. Stories are searched and "
                    + "quoted only as anonymised. The list's filters narrow it.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one hit",
                    value = "{\"items\":[{\"rank\":0.1,\"snippet\":\"A resident, 84, had eleven different «visitors» "
                            + "a week\",\"item\":" + ITEM_EXAMPLE + "}],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "q is missing, or kind, page or size is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@Valid @BeanParam PageParams paging,
                           @Parameter(description = "The words to search for", example = "reoffending prison",
                                   required = true) @QueryParam("q") String q,
                           @Parameter(description = "Only this kind", example = "RESEARCH_REPORT")
                           @QueryParam("kind") String kind,
                           @Parameter(description = "Only items tagged with this place code", example = "lewisham")
                           @QueryParam("place") String place,
                           @Parameter(description = "Only items of this theme", example = "reoffending")
                           @QueryParam("theme") String theme,
                           @Parameter(description = "Only items with this free tag", example = "prison")
                           @QueryParam("tag") String tag,
                           @Parameter(description = "Dated on or after", example = "2009-12-01")
                           @QueryParam("from") String from,
                           @Parameter(description = "Dated on or before", example = "2009-12-31")
                           @QueryParam("to") String to,
                           @Context UriInfo uri) {
        Page<LibraryItems.Hit> page = library.search(q, filter(kind, place, theme, tag, from, to), paging.page(),
                paging.size());
        boolean identities = maySeeIdentities();
        return Response.ok(new PageResponse<>(page.items().stream()
                        .map(hit -> LibrarySearchHitResponse.of(hit, identities)).toList(),
                        paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getLibraryItem", summary = "One library item, as the caller may read it")
    @APIResponse(responseCode = "200", description = "The item",
            headers = @Header(name = "ETag", description = "Its version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LibraryItemResponse.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Item id") @PathParam("id") UUID id) {
        LibraryItem item = library.require(id);
        return Response.ok(LibraryItemResponse.of(item, maySeeIdentities())).tag(ETags.of(item.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "replaceLibraryItem", summary = "Replace a library item (If-Match its ETag)")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LibraryItemResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or ill-formed; each is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag in If-Match: read again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule forbids it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@Parameter(description = "Item id") @PathParam("id") UUID id,
                            @Parameter(description = "The ETag of your last read", example = "\"1\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid LibraryItemRequest body) {
        LibraryItem item = library.replace(id, ETags.ifMatch(ifMatch), body.draft());
        return Response.ok(LibraryItemResponse.of(item, maySeeIdentities())).tag(ETags.of(item.version)).build();
    }

    /** A story's identities are for those who may ADMINISTER (the programme office) alone. */
    private boolean maySeeIdentities() {
        return AccessRules.decide(access.caller(), Permission.ADMINISTER, Optional.empty()).allowed();
    }

    private static LibraryItems.Filter filter(String kind, String place, String theme, String tag, String from,
                                              String to) {
        LocalDate fromDate = ReportParameters.date("from", from, null);
        LocalDate toDate = ReportParameters.date("to", to, null);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new BadParameterException("to", "must not be before from (" + fromDate + ")");
        }
        return new LibraryItems.Filter(blankToNull(kind), blankToNull(place), blankToNull(theme), blankToNull(tag),
                fromDate, toDate);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
