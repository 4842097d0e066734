package org.totalplace.pilots.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.LocalAuthorityTier;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyType;
import org.totalplace.pilots.domain.PastSuccession;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.domain.SuccessionKind;
import org.totalplace.pilots.service.PartnerBodyView;

/**
 * A partner body as the API shows it, as it is today; {@code version} is also its ETag. {@code names} and
 * {@code successions} keep its history: what it was called when, and when it was renamed, merged or abolished.
 */
@Schema(name = "PartnerBody")
public record PartnerBodyResponse(UUID id, String name, PartnerBodyType type,
                                  @Schema(nullable = true) LocalAuthorityTier tier,
                                  @Schema(nullable = true) String code,
                                  @Schema(ref = "Region", nullable = true) Region region,
                                  @Schema(nullable = true, description = "The day the body came into being, when known",
                                          example = "1994-04-01")
                                  LocalDate establishedOn,
                                  @Schema(nullable = true, description = "The first day the body no longer existed "
                                          + "(merged or abolished), when that is today or earlier")
                                  LocalDate endedOn,
                                  @Schema(nullable = true, description = "The body that took on its functions, once it "
                                          + "was merged or abolished")
                                  SuccessorResponse successor,
                                  List<NameResponse> names,
                                  List<SuccessionResponse> successions,
                                  long version, Instant createdAt, Instant updatedAt) {

    /** One name of the body: borne from {@code from} (null: since it was established) to {@code to} (null: still). */
    @Schema(name = "PartnerBodyName")
    public record NameResponse(String name, @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to) {
    }

    /** One recorded succession of the body. */
    @Schema(name = "PartnerBodySuccession")
    public record SuccessionResponse(SuccessionKind kind, LocalDate effectiveOn, String formerName,
                                     @Schema(nullable = true) String newName,
                                     @Schema(nullable = true) BodyReference successor,
                                     @Schema(nullable = true) String reason) {
    }

    /** Another partner body, by id, code and its name today. */
    @Schema(name = "PartnerBodyReference")
    public record BodyReference(UUID id, @Schema(nullable = true) String code, String name) {
    }

    static PartnerBodyResponse of(PartnerBodyView view) {
        PartnerBody body = view.body();
        BodyLineage lineage = view.lineage();
        var end = lineage.endBy(view.today());
        return new PartnerBodyResponse(body.id(), body.name(), body.type(), body.tier(), body.code(), body.region(),
                body.establishedOn(), end.map(PastSuccession::effectiveOn).orElse(null), SuccessorResponse.orNull(end),
                lineage.names().stream().map(name -> new NameResponse(name.name(), name.from(), name.to())).toList(),
                lineage.successions().stream().map(past -> new SuccessionResponse(past.kind(), past.effectiveOn(),
                        past.formerName(), past.newName(), past.successor() == null ? null : new BodyReference(
                                past.successor().id(), past.successor().code(), past.successor().name()),
                        past.reason())).toList(),
                body.version(), body.createdAt(), body.updatedAt());
    }
}
