package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
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
import org.totalplace.spend.domain.ColumnMapping;
import org.totalplace.spend.domain.MappingProfile;
import org.totalplace.spend.service.MappingProfileService;

/** Column mapping profiles: saved for reuse, or guessed from the start of a file with a preview. */
@Path("/mapping-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mapping profiles", description = "Which columns of a body's ledger files hold what")
public class MappingProfileResource {

    private final MappingProfileService profiles;

    MappingProfileResource(MappingProfileService profiles) {
        this.profiles = profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMappingProfile", summary = "Save a column mapping under a name, for reuse by imports")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MappingJson.SaveRequest.class),
            examples = @ExampleObject(name = "Gateshead 2011-12", value = """
                    {"name":"Gateshead monthly payments (2011-12 layout)","mapping":{"amount":"Amount",\
                    "date":"Updated","dateFormat":"yyyy-MM-dd","period":"Period","supplier":"Supplier id(T)",\
                    "serviceLevels":["Strgrp(T)","Cipfsubj(T)","Cipfsubs(T)"],\
                    "transactionRef":["TransNo","Sequence No"]}}""")))
    @APIResponse(responseCode = "201", description = "Saved",
            headers = @Header(name = "Location", description = "The profile", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MappingJson.Profile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.SUBMIT_SPEND)
    public Response save(@NotNull @Valid MappingJson.SaveRequest request, @Context UriInfo uri) {
        ColumnMapping mapping = request.mapping().toDomain("mapping.");
        MappingProfile profile = profiles.save(request.name(), mapping);
        return Response.created(uri.getAbsolutePathBuilder().path(profile.id().toString()).build())
                .entity(MappingJson.Profile.of(profile, mapping)).build();
    }

    @GET
    @Operation(operationId = "listMappingProfiles", summary = "Every saved mapping profile, by name")
    @APIResponse(responseCode = "200", description = "The profiles",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MappingJson.Profile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public List<MappingJson.Profile> list() {
        return profiles.list().stream().map(p -> MappingJson.Profile.of(p, profiles.mappingOf(p))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMappingProfile", summary = "Read a saved mapping profile")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = MappingJson.Profile.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public MappingJson.Profile get(@Parameter(description = "Profile id") @PathParam("id") String id) {
        MappingProfile profile = profiles.require(Ids.parse(id, "mapping profile"));
        return MappingJson.Profile.of(profile, profiles.mappingOf(profile));
    }

    @POST
    @Path("/guess")
    @Consumes({SubmissionResource.CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "guessMapping", summary = "Propose a mapping from the first lines of a file, with a preview",
            description = "Send the header line and a few rows (the usual body limit applies). The header names are "
                    + "matched loosely (case, spaces, punctuation and a (T) suffix ignored), the date layout is "
                    + "taken from the sample dates, and the first rows are read with the proposal. Nothing is stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = SubmissionResource.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The proposal and its preview",
            content = @Content(schema = @Schema(implementation = MappingJson.Guess.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.SUBMIT_SPEND)
    public MappingJson.Guess guess(
            @Parameter(description = "UTF-8 or windows-1252; undeclared, it is detected")
            @QueryParam("encoding") String encoding,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream content) {
        return MappingJson.Guess.of(profiles.guess(content, SubmissionResource.charset(encoding, contentType)));
    }
}
