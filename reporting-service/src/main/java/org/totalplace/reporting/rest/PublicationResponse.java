package org.totalplace.reporting.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.open.Publication;

/** A publication as the programme office manages it (the content itself is at its open URL). */
@Schema(name = "Publication")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationResponse(UUID id, String title, PublicationRequest.Subject subject, UUID decisionId,
                                  LocalDate publishedOn, Instant publishedAt, String publishedBy,
                                  @Schema(description = "Set once withdrawn: it has left /open") Instant withdrawnAt,
                                  String withdrawnBy, long version, OpenLinks links) {

    static PublicationResponse of(Publication p) {
        return new PublicationResponse(p.id, p.title, subject(p), p.decisionId, p.publishedOn, p.publishedAt,
                p.publishedBy, p.withdrawnAt, p.withdrawnBy, p.version, OpenLinks.of(p));
    }

    static PublicationRequest.Subject subject(Publication p) {
        return new PublicationRequest.Subject(p.subjectKind, p.pilot, p.financialYear, p.report);
    }

    /** The stable open URLs of a publication (relative to the service). */
    @Schema(name = "OpenLinks")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenLinks(String self, String csv, String datapackage) {

        static OpenLinks of(Publication p) {
            String self = "/open/publications/" + p.id;
            return new OpenLinks(self, self + ".csv", p.dataPackage == null ? null : self + "/datapackage.json");
        }
    }
}
