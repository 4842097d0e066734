package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What someone working on a pilot, or its Government Office, said about one of its barriers; never changed. */
@Entity
@Table(name = "barrier_comment")
public class BarrierComment extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "barrier_id")
    private UUID barrierId;

    /** The commenter's token subject. */
    private String author;

    private String text;

    private Instant at;

    protected BarrierComment() {
        // for JPA
    }

    public static BarrierComment of(UUID barrierId, String author, String text, Instant at) {
        BarrierComment comment = new BarrierComment();
        comment.id = UUID.randomUUID();
        comment.barrierId = barrierId;
        comment.author = author;
        comment.text = text.strip();
        comment.at = at;
        return comment;
    }

    /** A barrier's comments, oldest first. */
    public static PanacheQuery<BarrierComment> on(UUID barrierId) {
        return find("barrierId", Sort.by("at").and("id"), barrierId);
    }

    public UUID id() {
        return id;
    }

    public UUID barrierId() {
        return barrierId;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }
}
