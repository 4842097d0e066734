package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a new membership says: who holds it (a {@code person}, or a {@code post} such as "Chief Secretary to the
 * Treasury"), in which {@code role}, for whom it stands in when it is an alternate, on behalf of which body,
 * and from/to which day. Text is trimmed and blank text counts as absent; the rules decide what combinations
 * are allowed, so this record accepts any.
 */
public record MembershipTerms(String person, String post, MembershipRole role, UUID alternateFor,
                              String onBehalfOf, LocalDate from, LocalDate to) {

    public MembershipTerms {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        person = optional(person);
        post = optional(post);
        onBehalfOf = optional(onBehalfOf);
    }

    /** The person's name or the post, whichever is given. */
    public String holder() {
        return person != null ? person : post;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
