package org.totalplace.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.document.ReportDocument;

class BoardPapersTest {

    private static BoardPaper paper() {
        return BoardPapers.build(Scenarios.threePilots().at("2010-01-15"), LocalDate.of(2010, 1, 19),
                FinancialYear.parse("2009-10"));
    }

    @Test
    void shouldFollowTheImprovementBoardFormatOfSeed001() {
        ReportDocument document = BoardPapers.document(paper());
        List<String> headings = document.sections().stream().map(ReportDocument.Section::heading).toList();
        assertThat(headings).startsWith("Summary", "Recommendations", "Action", "Contact Officer");
        assertThat(headings).endsWith("Financial Implications", "Implications for Wales");
        assertThat(document.subtitle()).isEqualTo("19 January 2010");
        assertThat(paper().action()).isEqualTo("Officers to reflect the Board's views in future work.");
    }

    @Test
    void shouldNumberParagraphsThroughTheWholePaper() {
        List<Integer> numbers = paper().sections().stream().flatMap(s -> s.paragraphs().stream())
                .map(BoardPaper.NumberedParagraph::number).toList();
        assertThat(numbers).isNotEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void shouldWordTheProgressCountsAndBarriersFromTheState() {
        BoardPaper paper = paper();
        String text = paper.sections().stream().flatMap(s -> s.paragraphs().stream())
                .map(BoardPaper.NumberedParagraph::text).reduce("", String::concat);
        assertThat(text).contains("There are 4 Total Place pilots: 4 in phase 1. Milestones met: 1; missed: 1; "
                + "still planned: 1.");
        assertThat(text).contains("The 3 counted pilots mapped £12.5bn");
        assertThat(text).contains("1 of 3 counts have every body's submission accepted");
        assertThat(text).contains("The barrier register holds 3 barriers: 2 open, 1 resolved and 0 declined; 2 have been "
                + "escalated");
        assertThat(text).contains("5 February 2010");
        assertThat(paper.summary()).contains("4 pilots");
    }
}
