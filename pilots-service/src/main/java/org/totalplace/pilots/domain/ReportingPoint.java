package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A national reporting point the pilots submit to (the Pre-Budget Report, the Budget). Programme-level
 * reference data, fixed by the database migration; nothing in the API changes it.
 */
@Entity
@Immutable
@Table(name = "reporting_point")
public class ReportingPoint extends PanacheEntityBase {

    @Id
    private UUID id;

    private String code;

    private String name;

    private String description;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The agreed structure; every section in it is required. Empty when no structure was agreed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_point_section", joinColumns = @JoinColumn(name = "reporting_point_id"))
    @OrderColumn(name = "position")
    @Column(name = "section")
    private List<String> requiredSections = new ArrayList<>();

    protected ReportingPoint() {
        // for JPA
    }

    /** Whether a submission to this point may have {@code section}: any name when no structure was agreed. */
    public boolean hasSection(String section) {
        return requiredSections.isEmpty() || requiredSections.contains(section);
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Codes are compared ignoring case: {@code budget-2010} finds {@code BUDGET-2010}. */
    public static Optional<ReportingPoint> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }

    public static PanacheQuery<ReportingPoint> listed(Sort sort) {
        return findAll(sort);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public List<String> requiredSections() {
        return List.copyOf(requiredSections);
    }
}
