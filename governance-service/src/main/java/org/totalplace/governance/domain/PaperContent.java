package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a paper says, in the Improvement Board format: all of it but {@code itemNumber} is required.
 * Text is trimmed; the paragraphs are numbered 1..n in the order given.
 */
public record PaperContent(String title, LocalDate meetingDate, Integer itemNumber, String summary,
                           List<String> recommendations, String action, ContactOfficer contactOfficer,
                           List<PaperParagraph> paragraphs, String financialImplications,
                           String implicationsForWales) {

    public PaperContent {
        title = Objects.requireNonNull(title, "title").strip();
        Objects.requireNonNull(meetingDate, "meetingDate");
        summary = Objects.requireNonNull(summary, "summary").strip();
        recommendations = Objects.requireNonNull(recommendations, "recommendations").stream().map(String::strip).toList();
        action = Objects.requireNonNull(action, "action").strip();
        Objects.requireNonNull(contactOfficer, "contactOfficer");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        financialImplications = Objects.requireNonNull(financialImplications, "financialImplications").strip();
        implicationsForWales = Objects.requireNonNull(implicationsForWales, "implicationsForWales").strip();
    }
}
