package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Which of a pilot's partner bodies have a submission for a year, and which are missing. A submission names its
 * body as free text ({@code submission.body}); it belongs to a partner body when that text, trimmed, with runs of
 * white space taken as one space and compared without regard to case, equals the body's register name, its
 * published code (GSS, ODS, ...) or its id. Nothing fuzzier: a near miss shows up on both sides (a missing body
 * and a submission matching no partner body), for a moderator to see.
 */
public final class PartnerBodyMatch {

    public static final String RULE = "A submission belongs to a partner body when its body text equals the body's "
            + "register name, its code or its id, ignoring case, leading and trailing space and repeated spaces.";

    /** A partner body expected in the count: a member of the pilot's partnership for some of the year. */
    public record Expected(UUID bodyId, String name, String type, String code) {

        public Expected {
            Objects.requireNonNull(bodyId, "bodyId");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A submission of the pilot for the year, with the body text it was opened with. */
    public record Offered(UUID submissionId, String body, String state) {
    }

    public record Present(Expected body, List<Offered> submissions) {

        public Present {
            submissions = List.copyOf(submissions);
        }
    }

    public record Result(List<Present> present, List<Expected> missing, List<Offered> unmatched) {

        public Result {
            present = List.copyOf(present);
            missing = List.copyOf(missing);
            unmatched = List.copyOf(unmatched);
        }
    }

    private PartnerBodyMatch() {
    }

    public static Result match(List<Expected> expected, List<Offered> submissions) {
        List<Present> present = new ArrayList<>();
        List<Expected> missing = new ArrayList<>();
        List<Offered> matchedAny = new ArrayList<>();
        for (Expected body : expected) {
            List<Offered> theirs = submissions.stream().filter(s -> belongsTo(s.body(), body)).toList();
            if (theirs.isEmpty()) {
                missing.add(body);
            } else {
                present.add(new Present(body, theirs));
                matchedAny.addAll(theirs);
            }
        }
        List<Offered> unmatched = submissions.stream().filter(s -> !matchedAny.contains(s)).toList();
        return new Result(present, missing, unmatched);
    }

    /** Whether a submission's body text names this partner body (see the class comment). */
    public static boolean belongsTo(String submissionBody, Expected body) {
        String text = normalised(submissionBody);
        return text.equals(normalised(body.name()))
                || (body.code() != null && text.equals(normalised(body.code())))
                || text.equals(body.bodyId().toString());
    }

    static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
