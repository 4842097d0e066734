package org.totalplace.governance.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Request bodies for papers: the real Improvement Board paper of 19 January 2010, and a short one to change. */
public final class PaperBodies {

    public static final ObjectMapper JSON = new ObjectMapper();

    private PaperBodies() {
    }

    /** Item 3 of the Improvement Board, 19 January 2010, "Total Place" (seed 001), as a fresh copy. */
    public static ObjectNode totalPlace() {
        try (InputStream in = PaperBodies.class.getResourceAsStream("/papers/improvement-board-2010-01-19-total-place.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paper with only what is required: no item number, one paragraph without heading or sub-points. */
    public static ObjectNode brief(String title, String meetingDate) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"title":"%s","meetingDate":"%s",
                     "summary":"An update on the pilots' counts.",
                     "recommendations":["That the group notes the update."],
                     "action":"Officers to report back.",
                     "contactOfficer":{"name":"Programme office","organisation":"Communities and Local Government",
                                       "phone":"020 7944 4400","email":"totalplace@communities.gsi.gov.uk"},
                     "paragraphs":[{"text":"The counts are under way in all thirteen pilots."}],
                     "financialImplications":"None.",
                     "implicationsForWales":"None."}""".formatted(title, meetingDate));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
