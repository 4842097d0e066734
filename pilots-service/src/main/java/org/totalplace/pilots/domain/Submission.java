package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A pilot's submission to one reporting point: its sections of text and where it stands
 * ({@link SubmissionTransitions}). Each state it enters is kept as a {@link SubmissionStateChange}.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "pilot_id")
    private UUID pilotId;

    @Column(name = "reporting_point_id")
    private UUID reportingPointId;

    @Enumerated(EnumType.STRING)
    private SubmissionState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "submission_section", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "section")
    @Column(name = "content")
    private Map<String, String> sections = new HashMap<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Submission() {
        // for JPA
    }

    /** A new DRAFT, and the first entry of its history. */
    public static Submission start(UUID pilotId, ReportingPoint point, Instant now) {
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.pilotId = pilotId;
        submission.reportingPointId = point.id();
        submission.state = SubmissionState.DRAFT;
        submission.createdAt = now;
        submission.updatedAt = now;
        return submission;
    }

    /** Replaces the content of one section. The rules were asked first. */
    public void write(String section, String content, Instant now) {
        sections.put(section, content);
        updatedAt = now;
    }

    /**
     * Moves to {@code target} and says so in the history (at {@code position}, after the entries before it).
     * The rules were asked first.
     */
    public SubmissionStateChange moveTo(SubmissionState target, String reason, String by, int position, Instant now) {
        SubmissionStateChange change = SubmissionStateChange.of(this, position, state, target, reason, by, now);
        state = target;
        updatedAt = now;
        return change;
    }

    /** The first entry of the history: the submission came into being as a DRAFT. */
    public SubmissionStateChange started(String by) {
        return SubmissionStateChange.of(this, 0, null, state, null, by, createdAt);
    }

    public boolean overdueOn(LocalDate dueDate, LocalDate today) {
        return Overdue.submission(state, dueDate, today);
    }

    // --- queries ----------------------------------------------------------------------------------

    public static PanacheQuery<Submission> ofPilot(UUID pilotId, Sort sort) {
        return find("pilotId", sort, pilotId);
    }

    public static Optional<Submission> findOfPilot(UUID pilotId, UUID submissionId) {
        return find("id = ?1 and pilotId = ?2", submissionId, pilotId).firstResultOptional();
    }

    public static Optional<Submission> findOfPilotTo(UUID pilotId, UUID reportingPointId) {
        return find("pilotId = ?1 and reportingPointId = ?2", pilotId, reportingPointId).firstResultOptional();
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public UUID reportingPointId() {
        return reportingPointId;
    }

    public SubmissionState state() {
        return state;
    }

    /** The sections in the order of the reporting point's structure, then any others by name. */
    public Map<String, String> sections(List<String> structure) {
        Comparator<String> order = Comparator.<String>comparingInt(section -> structure.contains(section)
                ? structure.indexOf(section) : structure.size()).thenComparing(Comparator.naturalOrder());
        Map<String, String> ordered = new LinkedHashMap<>();
        sections.keySet().stream().sorted(order).forEach(section -> ordered.put(section, sections.get(section)));
        return ordered;
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
