package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.TimetableQueries;

/** The programme's national reporting points (read only: they are fixed reference data). */
@Path("/reporting-points")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timetable", description = "Phases, milestones, reporting points and submissions")
public class ReportingPointResource {

    static final String SORTABLE = "-?(dueDate|code|name)";

    private final TimetableQueries timetable;

    ReportingPointResource(TimetableQueries timetable) {
        this.timetable = timetable;
    }

    @GET
    @Operation(operationId = "listReportingPoints", summary = "List the reporting points, by due date unless sorted otherwise")
    @APIResponse(responseCode = "200", description = "One page of reporting points",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "dueDate, code or name; prefix - for descending", example = "dueDate")
            @QueryParam("sort") @DefaultValue("dueDate")
            @Pattern(regexp = SORTABLE, message = "must be dueDate, code or name, optionally prefixed with - for descending")
            String sort,
            @Context UriInfo uri) {
        Page<ReportingPointResponse> page = timetable.reportingPoints(TimetableParams.pageRequest(paging, sort))
                .map(ReportingPointResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getReportingPoint", summary = "Read one reporting point by id or code")
    @APIResponse(responseCode = "200", description = "The reporting point",
            content = @Content(schema = @Schema(implementation = ReportingPointResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public ReportingPointResponse get(@Parameter(description = "Reporting point id (UUID) or code, any case",
                                              example = "BUDGET-2010")
                                      @PathParam("idOrCode") String idOrCode) {
        return ReportingPointResponse.of(timetable.reportingPoint(idOrCode));
    }
}
