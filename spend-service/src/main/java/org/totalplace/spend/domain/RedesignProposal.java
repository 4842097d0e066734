package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A pilot's proposal to redesign services (for example to spend on prevention rather than repair): its terms and
 * each body's investment and savings per year. Revised whole; withdrawn rather than deleted. Never part of the count.
 */
@Entity
@Table(name = "redesign_proposal")
public class RedesignProposal extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "pilot_id", nullable = false)
    private UUID pilotId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "theme")
    private String theme;

    @Column(name = "description")
    private String description;

    @Column(name = "discount_rate", nullable = false)
    private BigDecimal discountRate;

    @Column(name = "price_base_year", nullable = false, length = 7)
    private String priceBaseYear;

    @Column(name = "first_year", nullable = false, length = 7)
    private String firstYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "redesign_flow", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<ProposedFlow> flows = new ArrayList<>();

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RedesignProposal() {
        // for Hibernate
    }

    /** A new proposal with terms and flows that {@link ProposalRules} accepted; not yet persisted. */
    public static RedesignProposal propose(UUID id, UUID pilotId, ProposalTerms terms, List<CashFlow> flows,
                                           Instant now) {
        RedesignProposal proposal = new RedesignProposal();
        proposal.id = Objects.requireNonNull(id, "id");
        proposal.pilotId = Objects.requireNonNull(pilotId, "pilotId");
        proposal.createdAt = Objects.requireNonNull(now, "now");
        proposal.take(terms, flows, now);
        return proposal;
    }

    /** Replaces the terms and every flow. */
    public void revise(ProposalTerms terms, List<CashFlow> flows, Instant now) {
        take(terms, flows, now);
    }

    public void withdraw(String reason, Instant now) {
        withdrawnAt = Objects.requireNonNull(now, "now");
        withdrawnReason = Objects.requireNonNull(reason, "reason").strip();
        updatedAt = now;
    }

    private void take(ProposalTerms terms, List<CashFlow> cashFlows, Instant now) {
        if (!terms.priceBasis().isReal()) {
            throw new InvalidValueException("the flows of a proposal must be in real terms");
        }
        title = terms.title().strip();
        theme = blankToNull(terms.theme());
        description = blankToNull(terms.description());
        discountRate = terms.discountRate().value();
        priceBaseYear = terms.priceBasis().baseYear().toString();
        firstYear = terms.firstYear().toString();
        flows.clear();
        cashFlows.forEach(flow -> flows.add(ProposedFlow.of(new CashFlow(flow.body().strip(), flow.year(),
                flow.investment(), flow.savings()))));
        updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ProposalTerms terms() {
        return new ProposalTerms(title, theme, description, new DiscountRate(discountRate),
                PriceBasis.real(FinancialYear.parse(priceBaseYear)), FinancialYear.parse(firstYear));
    }

    public List<CashFlow> cashFlows() {
        return flows.stream().map(ProposedFlow::toCashFlow).toList();
    }

    public FinancialImplications implications() {
        return FinancialImplications.of(terms(), cashFlows());
    }

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
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
