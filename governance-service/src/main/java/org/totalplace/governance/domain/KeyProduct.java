package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A key product of the programme (the PBR submission summary, the Budget report, a communications product)
 * and its approval by a governance group. State changes go through {@link KeyProductTransitions}.
 */
@Entity
@Table(name = "key_product")
public class KeyProduct extends PanacheEntityBase {

    @Id
    private UUID id;

    private String title;

    @Enumerated(EnumType.STRING)
    private KeyProductKind kind;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String owner;

    @Enumerated(EnumType.STRING)
    private KeyProductStatus status;

    @Column(name = "approving_group_id")
    private UUID approvingGroupId;

    /** The recorded decision of the approving group's meeting (null for products approved before decisions existed). */
    @Column(name = "decision_id")
    private UUID decisionId;

    /** How the decision is cited in prose, derived from it when recorded ({@link DecisionReference}). */
    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    /** Why the group last sent it back, kept while it is a draft again. */
    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KeyProduct() {
        // for JPA
    }

    public static KeyProduct draft(String title, KeyProductKind kind, LocalDate dueDate, String owner, Instant now) {
        KeyProduct product = new KeyProduct();
        product.id = UUID.randomUUID();
        product.title = title.strip();
        product.kind = kind;
        product.dueDate = dueDate;
        product.owner = owner.strip();
        product.status = KeyProductStatus.DRAFT;
        product.createdAt = now;
        product.updatedAt = now;
        return product;
    }

    /** The caller has asked {@link KeyProductTransitions} first. */
    public void submitForApproval(UUID groupId, Instant now) {
        approvingGroupId = groupId;
        moveTo(KeyProductAction.SUBMIT_FOR_APPROVAL, now);
    }

    /** Approved by {@code decisionId}, cited as {@code reference}, taken at a meeting on {@code on}. */
    public void approve(UUID decisionId, String reference, LocalDate on, Instant now) {
        this.decisionId = decisionId;
        decisionReference = reference;
        approvedOn = on;
        rejectionReason = null;
        moveTo(KeyProductAction.APPROVE, now);
    }

    public void reject(String reason, Instant now) {
        rejectionReason = reason.strip();
        moveTo(KeyProductAction.REJECT, now);
    }

    private void moveTo(KeyProductAction action, Instant now) {
        status = KeyProductTransitions.after(action);
        updatedAt = now;
    }

    public static PanacheQuery<KeyProduct> listed(Optional<KeyProductStatus> status, Sort sort) {
        return status.isPresent() ? find("status", sort, status.get()) : findAll(sort);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public KeyProductKind kind() {
        return kind;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String owner() {
        return owner;
    }

    public KeyProductStatus status() {
        return status;
    }

    public UUID approvingGroupId() {
        return approvingGroupId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public String rejectionReason() {
        return rejectionReason;
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
