package org.totalplace.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.audit.AuditedRecords;
import org.totalplace.reporting.service.AuditEntries;
import org.totalplace.reporting.service.Page;

/** The audit trail of this service's records: every change, who made it and the row before and after. */
@Path("/audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, before and after")
public class AuditResource {


    private final AuditEntries entries;
    private final ObjectMapper json;

    AuditResource(AuditEntries entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List the changes made to one record, or to every record of a kind, newest first")
    @APIResponse(responseCode = "200", description = "One page of audit entries",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response list(
            @Parameter(description = "The kind of record (the table): one of " + AuditedRecords.TYPES, example = AuditedRecords.EXAMPLE, required = true)
            @QueryParam("recordType") @NotNull(message = "is required: the kind of record")
            @Pattern(regexp = AuditedRecords.TYPES, message = "must be one of " + AuditedRecords.TYPES) String recordType,
            @Parameter(description = "The record's id (a composite key as a/b); all records of the kind when absent",
                    example = "4f1c2f0e-8d0a-4c55-9b3e-0f6b8f6a1d2c")
            @QueryParam("recordId") @Pattern(regexp = ".{1,300}", message = "must be 1 to 300 characters") String recordId,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        Page<AuditEntryResponse> page = entries.of(recordType, recordId, paging.page(), paging.size())
                .map(entry -> AuditEntryResponse.of(entry, json));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }
}
