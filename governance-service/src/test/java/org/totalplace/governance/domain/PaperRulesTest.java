package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaperRulesTest {

    @Test
    void shouldRefuseClosingTextWithoutSubPointsNamingTheParagraph() {
        RuleDecision decision = PaperRules.checkParagraphs(List.of(
                PaperParagraph.of("Pre-Budget Report", "The date of the pre-budget report...", null, null),
                PaperParagraph.of(null, "Key to success...", List.of(), "And then some.")));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("paragraphs[1].closingText");
        assertThat(decision.reason()).contains("paragraph 2").contains("no sub-points");
    }

    @Test
    void shouldAllowClosingTextAfterSubPoints() {
        RuleDecision decision = PaperRules.checkParagraphs(List.of(PaperParagraph.of("Smarter Government White Paper",
                "In particular it describes how this will happen in three ways;",
                List.of("Simplifying performance management", "Reducing the burdens", "Making data available"),
                "It also places an onus on the pilots...")));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void shouldTreatBlankOptionalTextAsAbsent() {
        PaperParagraph paragraph = PaperParagraph.of("  ", " Text. ", null, " ");

        assertThat(paragraph.heading()).isNull();
        assertThat(paragraph.closingText()).isNull();
        assertThat(paragraph.text()).isEqualTo("Text.");
        assertThat(PaperRules.checkParagraphs(List.of(paragraph)).allowed()).isTrue();
    }

    @Test
    void shouldLetterSubPointsFromAToZ() {
        assertThat(PaperParagraph.letter(0)).isEqualTo("a");
        assertThat(PaperParagraph.letter(2)).isEqualTo("c");
        assertThat(PaperParagraph.letter(25)).isEqualTo("z");
        assertThatThrownBy(() -> PaperParagraph.letter(26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFixAPaperOnceTabledAtAHeldMeetingNamingTheDay() {
        assertThat(PaperRules.checkRevision(Optional.empty()).allowed()).isTrue();

        RuleDecision decision = PaperRules.checkRevision(Optional.of(LocalDate.of(2010, 1, 19)));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("2010-01-19").contains("write a new paper");
    }
}
