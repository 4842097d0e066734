package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One person's or post's seat on a governance group for a period. Ending it sets its last day; it is never
 * deleted, so the group's membership history is kept.
 */
@Entity
@Table(name = "group_membership")
public class Membership extends PanacheEntityBase {

    private static final String ORDER = " order by m.fromDate, m.createdAt, m.id";

    @Id
    private UUID id;

    @Column(name = "group_id")
    private UUID groupId;

    private String person;

    private String post;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Column(name = "alternate_for")
    private UUID alternateFor;

    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Membership() {
        // for JPA
    }

    /** A new membership; the caller has asked {@link MembershipRules} first. */
    public static Membership start(GovernanceGroup group, MembershipTerms terms, Instant now) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.groupId = group.id();
        membership.person = terms.person();
        membership.post = terms.post();
        membership.role = terms.role();
        membership.alternateFor = terms.alternateFor();
        membership.onBehalfOf = terms.onBehalfOf();
        membership.fromDate = terms.from();
        membership.toDate = new Tenure(terms.from(), terms.to()).to();
        membership.createdAt = now;
        membership.updatedAt = now;
        return membership;
    }

    /** Ends the membership on {@code to}, its last day. */
    public void end(LocalDate to, Instant now) {
        toDate = tenure().endingOn(to).to();
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Every membership of the group, past and present. */
    public static List<Membership> allOf(GovernanceGroup group) {
        return list("from Membership m where m.groupId = ?1" + ORDER, group.id());
    }

    public static Optional<Membership> findIn(GovernanceGroup group, UUID id) {
        return find("from Membership m where m.groupId = ?1 and m.id = ?2", group.id(), id).firstResultOptional();
    }

    /** The group's memberships on {@code day}, or every one when {@code day} is empty; earliest first. */
    public static PanacheQuery<Membership> ofGroup(GovernanceGroup group, Optional<LocalDate> day) {
        Parameters parameters = Parameters.with("group", group.id());
        String where = "from Membership m where m.groupId = :group";
        if (day.isPresent()) {
            where += " and m.fromDate <= :day and (m.toDate is null or m.toDate >= :day)";
            parameters = parameters.and("day", day.get());
        }
        return find(where + ORDER, parameters);
    }

    // --- state ------------------------------------------------------------------------------------

    public MembershipRules.Held held() {
        return new MembershipRules.Held(id, holder(), role, tenure());
    }

    public Seat seat() {
        return new Seat(id, holder(), role, alternateFor, tenure());
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public String person() {
        return person;
    }

    public String post() {
        return post;
    }

    /** The person's name or the post. */
    public String holder() {
        return person != null ? person : post;
    }

    public MembershipRole role() {
        return role;
    }

    public UUID alternateFor() {
        return alternateFor;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    public Tenure tenure() {
        return new Tenure(fromDate, toDate);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
