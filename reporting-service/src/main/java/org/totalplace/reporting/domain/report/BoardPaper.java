package org.totalplace.reporting.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A paper to the LGA Improvement Board in the format of seed 001: summary, recommendations, action, contact
 * officer, headed sections of numbered paragraphs, financial implications and implications for Wales.
 */
public record BoardPaper(Instant asOf, String board, LocalDate meetingDate, String title, String summary,
                         String recommendations, String action, ContactOfficer contactOfficer,
                         List<PaperSection> sections, String financialImplications, String implicationsForWales) {

    public BoardPaper {
        sections = List.copyOf(sections);
    }

    public record ContactOfficer(String name, String organisation, String phone, String email) {

        /** The contact officer of the seed's paper. */
        public static final ContactOfficer LEADERSHIP_CENTRE = new ContactOfficer("John Atkinson",
                "Leadership Centre for Local Government", "0207 187 7380", "john.atkinson@localleadership.gov.uk");
    }

    public record PaperSection(String heading, List<NumberedParagraph> paragraphs) {

        public PaperSection {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public record NumberedParagraph(int number, String text, List<String> bullets) {

        public NumberedParagraph {
            bullets = List.copyOf(bullets);
        }
    }
}
