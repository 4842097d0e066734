package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A place's expression of interest in a place-based budget (seed 003: 45 arrived in July 2010 and were
 * passed to HM Treasury and CLG). Any place may send one, pilot or not; its review follows
 * {@link ExpressionOfInterestRules}, and every status it passes through is kept.
 */
@Entity
@Table(name = "expression_of_interest")
public class ExpressionOfInterest extends PanacheEntityBase {

    @Id
    private UUID id;

    private String place;

    @Column(name = "lead_body")
    private String leadBody;

    @Enumerated(EnumType.STRING)
    private Region region;

    private String summary;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "pilot_id")
    private UUID pilotId;

    @Enumerated(EnumType.STRING)
    private InterestStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expression_of_interest_forwarded_to",
            joinColumns = @JoinColumn(name = "expression_of_interest_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "department")
    private Set<CentralDepartment> forwardedTo = new HashSet<>();

    @Column(name = "forwarded_on")
    private LocalDate forwardedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expression_of_interest_status_change",
            joinColumns = @JoinColumn(name = "expression_of_interest_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ExpressionOfInterest() {
        // for JPA
    }

    /** @param pilotId the pilot the place belongs to, or null for a place outside the pilots */
    public static ExpressionOfInterest receive(InterestDetails details, Region region, LocalDate receivedOn,
                                               UUID pilotId, Instant now) {
        ExpressionOfInterest interest = new ExpressionOfInterest();
        interest.id = UUID.randomUUID();
        interest.region = region;
        interest.receivedOn = receivedOn;
        interest.pilotId = pilotId;
        interest.status = InterestStatus.RECEIVED;
        interest.history.add(new StatusChange(null, InterestStatus.RECEIVED, now, null));
        interest.createdAt = now;
        interest.revise(details, now);
        return interest;
    }

    public void revise(InterestDetails details, Instant now) {
        place = details.place();
        leadBody = details.leadBody();
        summary = details.summary();
        updatedAt = now;
    }

    /** Moves to {@code to}, which the caller has checked with {@link ExpressionOfInterestRules#transition}. */
    public StatusChange moveTo(InterestStatus to, String reason, Instant now) {
        ExpressionOfInterestRules.Decision decision = ExpressionOfInterestRules.transition(status, to);
        if (decision.rejected()) {
            throw new IllegalStateException(decision.reason());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        StatusChange change = new StatusChange(status, to, now, why);
        history.add(change);
        status = to;
        updatedAt = now;
        return change;
    }

    /** Passes the expression of interest to these departments on that day. */
    public StatusChange forward(Collection<CentralDepartment> to, LocalDate on, Instant now) {
        StatusChange change = moveTo(InterestStatus.FORWARDED, null, now);
        forwardedTo.clear();
        forwardedTo.addAll(to);
        forwardedOn = on;
        return change;
    }

    // --- queries ----------------------------------------------------------------------------------

    public static Map<InterestStatus, Long> countByStatus() {
        Map<InterestStatus, Long> counts = new EnumMap<>(InterestStatus.class);
        for (InterestStatus status : InterestStatus.values()) {
            counts.put(status, 0L);
        }
        getEntityManager().createQuery("select e.status, count(e) from ExpressionOfInterest e group by e.status",
                Object[].class).getResultList().forEach(row -> counts.put((InterestStatus) row[0], (Long) row[1]));
        return counts;
    }

    public static Map<Region, Long> countByRegion() {
        Map<Region, Long> counts = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            counts.put(region, 0L);
        }
        getEntityManager().createQuery("select e.region, count(e) from ExpressionOfInterest e group by e.region",
                Object[].class).getResultList().forEach(row -> counts.put((Region) row[0], (Long) row[1]));
        return counts;
    }

    /** How many expressions of interest were passed to each department, whatever became of them after. */
    public static Map<CentralDepartment, Long> countForwardedTo() {
        Map<CentralDepartment, Long> counts = new EnumMap<>(CentralDepartment.class);
        for (CentralDepartment department : CentralDepartment.values()) {
            counts.put(department, 0L);
        }
        getEntityManager().createQuery("""
                select d, count(distinct e) from ExpressionOfInterest e join e.forwardedTo d group by d""",
                Object[].class).getResultList().forEach(row -> counts.put((CentralDepartment) row[0], (Long) row[1]));
        return counts;
    }

    /** How many were passed to at least one department. */
    public static long countForwarded() {
        return count("forwardedOn is not null");
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String place() {
        return place;
    }

    public String leadBody() {
        return leadBody;
    }

    public Region region() {
        return region;
    }

    public String summary() {
        return summary;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public InterestStatus status() {
        return status;
    }

    /** In the order of {@link CentralDepartment}: HMT before CLG. */
    public List<CentralDepartment> forwardedTo() {
        return forwardedTo.stream().sorted().toList();
    }

    public LocalDate forwardedOn() {
        return forwardedOn;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
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

    public InterestDetails details() {
        return new InterestDetails(place, leadBody, summary);
    }
}
