package org.totalplace.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.service.AuditEntries;

/** One change to a record: who, when, under which request, and the row before and after. */
public record AuditEntryResponse(
        @Schema(description = "Position in the trail; later changes have higher ids", example = "42") long id,
        @Schema(description = "When the change was made (UTC)") Instant at,
        @Schema(description = "Who made it: the token's subject, \"anonymous\", or \"system\" (event consumers, migrations)",
                example = "jo.bloggs@go-london.gsi.gov.uk") String actor,
        @Schema(description = "The request that made it (X-Request-Id)", nullable = true) String requestId,
        @Schema(description = "The kind of record (its table)", example = "pilot") String recordType,
        @Schema(description = "The record's key; a composite key as a/b", example = "4f1c2f0e-8d0a-4c55-9b3e-0f6b8f6a1d2c")
        String recordId,
        @Schema(description = "insert, update or delete", enumeration = {"insert", "update", "delete"}) String action,
        @Schema(description = "The row before the change (null for an insert)", type = SchemaType.OBJECT, nullable = true)
        JsonNode before,
        @Schema(description = "The row after the change (null for a delete)", type = SchemaType.OBJECT, nullable = true)
        JsonNode after) {

    static AuditEntryResponse of(AuditEntries.Entry entry, ObjectMapper json) {
        return new AuditEntryResponse(entry.id(), entry.at(), entry.actor(), entry.requestId(), entry.recordType(),
                entry.recordId(), entry.action(), tree(entry.before(), json), tree(entry.after(), json));
    }

    private static JsonNode tree(String row, ObjectMapper json) {
        if (row == null) {
            return null;
        }
        try {
            return json.readTree(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_entry holds JSON the database wrote", e);
        }
    }
}
