package org.totalplace.governance.domain;

import java.util.List;

/**
 * Rules of a paper's shape that a single field cannot say. Pure.
 *
 * <p>A paragraph's closing text is what it says after its lettered sub-points ("It also places an onus on the
 * pilots..." after a, b and c); without sub-points there is nothing for it to follow, and it belongs in the text.
 */
public final class PaperRules {

    private PaperRules() {
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
