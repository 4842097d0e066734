package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rules of a paper's shape that a single field cannot say. Pure.
 *
 * <p>A paragraph's closing text is what it says after its lettered sub-points ("It also places an onus on the
 * pilots..." after a, b and c); without sub-points there is nothing for it to follow, and it belongs in the text.
 */
public final class PaperRules {

    public static final String ID = "id";

    private PaperRules() {
    }

    /**
     * A paper on the agenda of a meeting that has been held was tabled there: the group discussed those words, so
     * they are fixed. A later version is a new paper.
     *
     * @param tabledOn the day of the earliest HELD meeting whose agenda carries the paper, if any
     */
    public static RuleDecision checkRevision(Optional<LocalDate> tabledOn) {
        return tabledOn.map(day -> RuleDecision.reject(ID, "the paper was tabled at the group's meeting of " + day
                        + ", which has been held, so its text is fixed; write a new paper instead"))
                .orElse(RuleDecision.allow());
    }

    public static RuleDecision checkParagraphs(List<PaperParagraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            PaperParagraph paragraph = paragraphs.get(i);
            if (paragraph.closingText() != null && paragraph.subPoints().isEmpty()) {
                return RuleDecision.reject("paragraphs[" + i + "].closingText",
                        "paragraph " + (i + 1) + " has closing text but no sub-points for it to follow; "
                                + "put it in the paragraph's text");
            }
        }
        return RuleDecision.allow();
    }
}
