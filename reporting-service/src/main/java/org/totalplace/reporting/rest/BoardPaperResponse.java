package org.totalplace.reporting.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.report.BoardPaper;

@Schema(name = "BoardPaper", description = "A paper to the LGA Improvement Board in the format of seed 001")
public record BoardPaperResponse(
        Instant asOf, @Schema(examples = "Improvement Board") String board, LocalDate meetingDate,
        @Schema(examples = "Total Place") String title, String summary, String recommendations, String action,
        ContactOfficer contactOfficer,
        @Schema(description = "Headed sections; paragraphs numbered through the whole paper") List<Section> sections,
        String financialImplications, String implicationsForWales) {

    public static BoardPaperResponse of(BoardPaper p) {
        BoardPaper.ContactOfficer c = p.contactOfficer();
        return new BoardPaperResponse(p.asOf(), p.board(), p.meetingDate(), p.title(), p.summary(),
                p.recommendations(), p.action(), new ContactOfficer(c.name(), c.organisation(), c.phone(), c.email()),
                p.sections().stream().map(s -> new Section(s.heading(), s.paragraphs().stream()
                        .map(n -> new Paragraph(n.number(), n.text(), n.bullets())).toList())).toList(),
                p.financialImplications(), p.implicationsForWales());
    }

    @Schema(name = "BoardPaperContactOfficer")
    public record ContactOfficer(String name, String organisation, String phone, String email) {
    }

    @Schema(name = "BoardPaperSection")
    public record Section(String heading, List<Paragraph> paragraphs) {
    }

    @Schema(name = "BoardPaperParagraph")
    public record Paragraph(int number, String text, List<String> bullets) {
    }
}
