package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.ContactOfficer;
import org.totalplace.governance.domain.Paper;
import org.totalplace.governance.domain.PaperParagraph;

/** A paper as the API shows it, paragraphs numbered and sub-points lettered; {@code version} is its ETag. */
@Schema(name = "Paper")
public record PaperResponse(UUID id, UUID groupId, String title, LocalDate meetingDate,
                            @Schema(nullable = true) Integer itemNumber,
                            String summary, List<String> recommendations, String action,
                            ContactOfficerResponse contactOfficer, List<ParagraphResponse> paragraphs,
                            String financialImplications, String implicationsForWales,
                            long version, Instant createdAt, Instant updatedAt) {

    static PaperResponse of(Paper paper) {
        ContactOfficer officer = paper.contactOfficer();
        List<PaperParagraph> paragraphs = paper.paragraphs();
        return new PaperResponse(paper.id(), paper.groupId(), paper.title(), paper.meetingDate(), paper.itemNumber(),
                paper.summary(), paper.recommendations(), paper.action(),
                new ContactOfficerResponse(officer.name(), officer.organisation(), officer.phone(), officer.email()),
                IntStream.range(0, paragraphs.size()).mapToObj(i -> ParagraphResponse.of(i + 1, paragraphs.get(i))).toList(),
                paper.financialImplications(), paper.implicationsForWales(), paper.version(), paper.createdAt(),
                paper.updatedAt());
    }

    @Schema(name = "ContactOfficer")
    public record ContactOfficerResponse(String name, String organisation, String phone, String email) {
    }

    @Schema(name = "PaperParagraph")
    public record ParagraphResponse(int number, @Schema(nullable = true) String heading, String text,
                                    List<SubPointResponse> subPoints,
                                    @Schema(nullable = true) String closingText) {

        static ParagraphResponse of(int number, PaperParagraph paragraph) {
            List<String> subPoints = paragraph.subPoints();
            return new ParagraphResponse(number, paragraph.heading(), paragraph.text(),
                    IntStream.range(0, subPoints.size())
                            .mapToObj(i -> new SubPointResponse(PaperParagraph.letter(i), subPoints.get(i))).toList(),
                    paragraph.closingText());
        }
    }

    @Schema(name = "PaperSubPoint")
    public record SubPointResponse(@Schema(example = "a") String letter, String text) {
    }
}
