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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A service user's journey through a pilot's public bodies (customer insight), as ordered contacts each with its
 * unit cost; or a redesign of such a journey, naming the one it redesigns. Revised whole. Its costing is computed
 * from the contacts on every read. GBP at the journey's price basis.
 */
@Entity
@Table(name = "journey")
public class Journey extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "pilot_id", nullable = false)
    private UUID pilotId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "theme", nullable = false)
    private String theme;

    @Column(name = "description")
    private String description;

    @Column(name = "financial_year", nullable = false, length = 7)
    private String financialYear;

    @Column(name = "price_kind", nullable = false)
    private String priceKind;

    @Column(name = "price_base_year", length = 7)
    private String priceBaseYear;

    @Column(name = "redesigns")
    private UUID redesigns;

    @Column(name = "redesign_proposal_id")
    private UUID redesignProposalId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journey_contact", joinColumns = @JoinColumn(name = "journey_id"))
    @OrderColumn(name = "position")
    private List<JourneyContactRow> contacts = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Journey() {
        // for Hibernate
    }

    /** A new journey whose terms and contacts the rules accepted; not yet persisted. */
    public static Journey record(UUID id, UUID pilotId, JourneyTerms terms, List<JourneyContact> contacts,
                                 Instant now) {
        Journey journey = new Journey();
        journey.id = Objects.requireNonNull(id, "id");
        journey.pilotId = Objects.requireNonNull(pilotId, "pilotId");
        journey.createdAt = Objects.requireNonNull(now, "now");
        journey.take(terms, contacts, now);
        return journey;
    }

    /** Replaces the terms and every contact. */
    public void revise(JourneyTerms terms, List<JourneyContact> contacts, Instant now) {
        take(terms, contacts, now);
    }

    private void take(JourneyTerms terms, List<JourneyContact> journeyContacts, Instant now) {
        name = terms.name().strip();
        theme = terms.theme().name();
        description = terms.description() == null || terms.description().isBlank() ? null
                : terms.description().strip();
        financialYear = terms.year().toString();
        priceKind = terms.priceBasis().kind().wire();
        priceBaseYear = terms.priceBasis().isReal() ? terms.priceBasis().baseYear().toString() : null;
        redesigns = terms.redesigns();
        redesignProposalId = terms.redesignProposalId();
        contacts.clear();
        journeyContacts.forEach(contact -> contacts.add(JourneyContactRow.of(contact)));
        updatedAt = now;
    }

    public JourneyTerms terms() {
        PriceBasis basis = PriceBasis.Kind.fromWire(priceKind) == PriceBasis.Kind.REAL
                ? PriceBasis.real(FinancialYear.parse(priceBaseYear)) : PriceBasis.nominal();
        return new JourneyTerms(name, JourneyTheme.valueOf(theme), description, FinancialYear.parse(financialYear),
                basis, redesigns, redesignProposalId);
    }

    public List<JourneyContact> contacts() {
        return contacts.stream().map(JourneyContactRow::toContact).toList();
    }

    public JourneyCosting costing() {
        return JourneyCosting.of(contacts());
    }

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public UUID redesigns() {
        return redesigns;
    }

    public boolean isRedesign() {
        return redesigns != null;
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
