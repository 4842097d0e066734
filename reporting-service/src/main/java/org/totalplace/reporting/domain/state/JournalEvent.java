package org.totalplace.reporting.domain.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One event as the reporting journal keeps it: what every state and every "what changed" list is folded from. */
public record JournalEvent(UUID id, String type, String source, String subject, Instant time, JsonNode data) {
}
