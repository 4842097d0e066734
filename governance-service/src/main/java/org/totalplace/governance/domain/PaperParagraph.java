package org.totalplace.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One numbered paragraph of a paper. Its number is its place in {@link Paper#paragraphs()}; its sub-points are
 * lettered a, b, c in order, and {@code closingText} is what the paragraph goes on to say after them.
 */
@Embeddable
public class PaperParagraph {

    /** Sub-points are lettered a to z. */
    public static final int MAX_SUB_POINTS = 26;

    private String heading;

    private String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sub_points")
    private List<String> subPoints = new ArrayList<>();

    @Column(name = "closing_text")
    private String closingText;

    protected PaperParagraph() {
        // for JPA
    }

    /** {@code heading}, {@code subPoints} and {@code closingText} are optional; text is trimmed, blank is absent. */
    public static PaperParagraph of(String heading, String text, List<String> subPoints, String closingText) {
        PaperParagraph paragraph = new PaperParagraph();
        paragraph.heading = optional(heading);
        paragraph.text = Objects.requireNonNull(text, "text").strip();
        paragraph.subPoints = subPoints == null ? new ArrayList<>()
                : new ArrayList<>(subPoints.stream().map(String::strip).toList());
        paragraph.closingText = optional(closingText);
        return paragraph;
    }

    /** The letter of the sub-point at {@code index} (from 0): a, b, c, ... */
    public static String letter(int index) {
        if (index < 0 || index >= MAX_SUB_POINTS) {
            throw new IllegalArgumentException("sub-points are lettered a to z; there is no letter for " + index);
        }
        return String.valueOf((char) ('a' + index));
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String heading() {
        return heading;
    }

    public String text() {
        return text;
    }

    public List<String> subPoints() {
        return List.copyOf(subPoints);
    }

    public String closingText() {
        return closingText;
    }
}
