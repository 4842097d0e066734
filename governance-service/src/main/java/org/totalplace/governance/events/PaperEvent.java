package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.totalplace.governance.domain.ContactOfficer;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Paper;
import org.totalplace.governance.domain.PaperParagraph;

/**
 * Data of {@code paper-published} and {@code paper-revised}: the paper after the change, keyed by its group's id.
 * Every section is carried but the paragraphs' words: each paragraph appears by its number and heading, so a
 * consumer can list the paper's contents and reads the text over HTTP ({@code GET /papers/{id}}).
 */
public record PaperEvent(UUID paperId, UUID groupId, String groupCode, String title, LocalDate meetingDate,
                         Integer itemNumber, String summary, List<String> recommendations, String action,
                         Contact contactOfficer, int paragraphCount, List<Paragraph> paragraphs,
                         String financialImplications, String implicationsForWales, long version) {

    public static final String PUBLISHED = "totalplace.governance.paper-published.v1";
    public static final String REVISED = "totalplace.governance.paper-revised.v1";

    public static PaperEvent of(GovernanceGroup group, Paper paper) {
        ContactOfficer officer = paper.contactOfficer();
        List<PaperParagraph> written = paper.paragraphs();
        List<Paragraph> paragraphs = IntStream.range(0, written.size())
                .mapToObj(i -> new Paragraph(i + 1, written.get(i).heading()))
                .toList();
        return new PaperEvent(paper.id(), group.id(), group.code(), paper.title(), paper.meetingDate(),
                paper.itemNumber(), paper.summary(), paper.recommendations(), paper.action(),
                new Contact(officer.name(), officer.organisation(), officer.phone(), officer.email()),
                paragraphs.size(), paragraphs, paper.financialImplications(), paper.implicationsForWales(),
                paper.version());
    }

    public record Contact(String name, String organisation, String phone, String email) {
    }

    public record Paragraph(int number, String heading) {
    }
}
