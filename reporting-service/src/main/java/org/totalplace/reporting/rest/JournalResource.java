package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.service.JournalRebuild;
import org.totalplace.reporting.service.TopicReplay;

/** Rebuilding the journal from the producers' topics. */
@Path("/journal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal", description = "The event journal reports are folded from, and its rebuild from the topics")
public class JournalResource {

    @Inject
    JournalRebuild rebuild;

    @POST
    @Path("/rebuild")
    @Guarded(Permission.ADMINISTER)
    @Operation(operationId = "rebuildJournal", summary = "Rebuild the journal from the topics",
            description = "Reads totalplace.pilots.v1, totalplace.governance.v1 and totalplace.spend.v1 from their "
                    + "beginning up to their current end, decodes every record as the consumers do and replaces "
                    + "the journal with the result in one transaction. Records the consumers would dead-letter and "
                    + "types the journal does not keep are skipped; a repeated event id keeps its first record. "
                    + "The state and the reports are the same afterwards when the journal was complete. No body.")
    @APIResponse(responseCode = "200", description = "The journal was rebuilt; what was read per topic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RebuildResponse.class),
                    examples = @ExampleObject(name = "rebuilt", value = """
                            {"topics":[{"topic":"totalplace.pilots.v1","records":120,"journaled":80,"skipped":40},\
                            {"topic":"totalplace.governance.v1","records":300,"journaled":45,"skipped":255},\
                            {"topic":"totalplace.spend.v1","records":5200,"journaled":61,"skipped":5139}],\
                            "journaled":186,"duplicates":0,"millis":840}""")))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "The broker could not be read to the end in time, or a bug; "
            + "logged with a correlation id. The journal is unchanged.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildResponse rebuild() {
        return RebuildResponse.of(rebuild.rebuild());
    }

    /**
     * @param journaled  distinct events now in the journal from the topics
     * @param duplicates records whose event id an earlier record had (kept once)
     */
    @Schema(name = "JournalRebuild")
    public record RebuildResponse(List<TopicResponse> topics, int journaled, int duplicates, long millis) {

        static RebuildResponse of(JournalRebuild.Result result) {
            return new RebuildResponse(result.topics().stream().map(TopicResponse::of).toList(), result.journaled(),
                    result.duplicates(), result.millis());
        }
    }

    /** Records read up to the end offset taken at the start; skipped = poison or a type the journal does not keep. */
    @Schema(name = "JournalRebuildTopic")
    public record TopicResponse(String topic, long records, long journaled, long skipped) {

        static TopicResponse of(TopicReplay.TopicCount count) {
            return new TopicResponse(count.topic(), count.records(), count.journaled(), count.skipped());
        }
    }
}
