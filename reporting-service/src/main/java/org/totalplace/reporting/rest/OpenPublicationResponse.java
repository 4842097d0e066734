package org.totalplace.reporting.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.open.Licence;
import org.totalplace.reporting.domain.open.Publication;

/** A publication in the open view: its snapshot exactly as published, with its licence and stable links. */
@Schema(name = "OpenPublication")
public record OpenPublicationResponse(UUID id, String title, PublicationRequest.Subject subject, UUID decisionId,
                                      LocalDate publishedOn, LicenceStatement licence,
                                      PublicationResponse.OpenLinks links,
                                      @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                              description = "The count or report as it stood when published")
                                      @JsonRawValue String content) {

    static OpenPublicationResponse of(Publication p) {
        return new OpenPublicationResponse(p.id, p.title, PublicationResponse.subject(p), p.decisionId,
                p.publishedOn, LicenceStatement.OGL, PublicationResponse.OpenLinks.of(p), p.content);
    }

    /** The licence every open response states, besides its {@code Link: <…>; rel="license"} header. */
    @Schema(name = "Licence")
    public record LicenceStatement(String name, String url, String statement) {

        static final LicenceStatement OGL = new LicenceStatement(Licence.NAME, Licence.URL,
                "Contains public sector information licensed under the Open Government Licence v3.0.");

        static String linkHeader() {
            return "<" + Licence.URL + ">; rel=\"license\"; title=\"" + Licence.NAME + "\"";
        }
    }

    /** GET /open: the licence and what is published. */
    @Schema(name = "OpenIndex")
    public record Index(String title, LicenceStatement licence, List<Entry> publications) {
    }

    @Schema(name = "OpenIndexEntry")
    public record Entry(UUID id, String title, PublicationRequest.Subject subject, UUID decisionId,
                        LocalDate publishedOn, PublicationResponse.OpenLinks links) {

        static Entry of(Publication p) {
            return new Entry(p.id, p.title, PublicationResponse.subject(p), p.decisionId, p.publishedOn,
                    PublicationResponse.OpenLinks.of(p));
        }
    }
}
