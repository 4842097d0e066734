package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.ContactOfficer;
import org.totalplace.governance.domain.PaperContent;
import org.totalplace.governance.domain.PaperParagraph;

/**
 * A paper in the Improvement Board format as a client writes or replaces it ({@code POST /groups/{idOrCode}/papers},
 * {@code PUT /papers/{id}}). Paragraphs are numbered 1..n in the order sent, their sub-points lettered a, b, c.
 */
@Schema(name = "PaperRequest")
public record PaperRequest(
        @Schema(example = "Total Place")
        @NotBlank @Size(max = 300)
        String title,

        @Schema(description = "The date of the meeting the paper is for", example = "2010-01-19")
        @NotNull
        LocalDate meetingDate,

        @Schema(description = "Its item on that meeting's agenda, when the paper gives one", example = "3")
        @Min(1) @Max(999)
        Integer itemNumber,

        @Schema(example = "This report provides an update on the Total Place initiative...")
        @NotBlank @Size(max = 4000)
        String summary,

        @Schema(description = "At least one", example = "[\"That the Improvement Board endorses the continuing approach being taken.\"]")
        @NotNull @Size(min = 1, max = 20)
        List<@NotBlank @Size(max = 2000) String> recommendations,

        @Schema(example = "Officers to reflect the Board's views in future work.")
        @NotBlank @Size(max = 2000)
        String action,

        @NotNull @Valid
        ContactOfficerRequest contactOfficer,

        @Schema(description = "In order; the service numbers them 1..n")
        @NotNull @Size(min = 1, max = 100)
        List<@NotNull @Valid ParagraphRequest> paragraphs,

        @Schema(example = "There are no additional financial implications arising from this report.")
        @NotBlank @Size(max = 4000)
        String financialImplications,

        @Schema(example = "The leadership centre has established links with the Welsh Assembly...")
        @NotBlank @Size(max = 4000)
        String implicationsForWales) {

    PaperContent content() {
        return new PaperContent(title, meetingDate, itemNumber, summary, recommendations, action,
                contactOfficer.officer(), paragraphs.stream().map(ParagraphRequest::paragraph).toList(),
                financialImplications, implicationsForWales);
    }

    /** The paper's contact officer; all four parts are required. */
    @Schema(name = "ContactOfficerRequest")
    public record ContactOfficerRequest(
            @Schema(example = "John Atkinson")
            @NotBlank @Size(max = 200)
            String name,

            @Schema(example = "Leadership Centre for Local Government")
            @NotBlank @Size(max = 200)
            String organisation,

            @Schema(description = "Digits, spaces, +, - and brackets", example = "0207 187 7380")
            @NotBlank @Pattern(regexp = "[0-9+() -]{6,30}", message = "must be a telephone number: 6 to 30 digits, spaces, +, - or brackets")
            String phone,

            @Schema(example = "john.atkinson@localleadership.gov.uk")
            @NotBlank @Size(max = 254)
            @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address such as name@example.gov.uk")
            String email) {

        ContactOfficer officer() {
            return ContactOfficer.of(name, organisation, phone, email);
        }
    }

    /** One numbered paragraph: an optional heading, its text, optional lettered sub-points and what follows them. */
    @Schema(name = "PaperParagraphRequest")
    public record ParagraphRequest(
            @Schema(example = "Smarter Government White Paper")
            @Size(max = 300) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
            String heading,

            @Schema(example = "The Smarter Government White Paper was a considerably more significant document...")
            @NotBlank @Size(max = 10000)
            String text,

            @Schema(description = "Lettered a, b, c in this order; at most 26")
            @Size(max = PaperParagraph.MAX_SUB_POINTS)
            List<@NotBlank @Size(max = 2000) String> subPoints,

            @Schema(description = "What the paragraph says after its sub-points; only with sub-points",
                    example = "It also places an onus on the pilots and parallel places to demonstrate the benefits...")
            @Size(max = 4000) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
            String closingText) {

        PaperParagraph paragraph() {
            return PaperParagraph.of(heading, text, subPoints, closingText);
        }
    }
}
