package org.totalplace.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Read model: the running total of one {@link SpendBucket}. Rows are written by an atomic SQL upsert (the
 * events package) and read here.
 */
@Entity
@Table(name = "spend_total")
public class SpendTotal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pilot_id", nullable = false)
    public UUID pilotId;

    @Column(name = "financial_year", nullable = false)
    public String financialYear;

    @Column(name = "price_basis", nullable = false)
    public String priceBasis;

    @Column(name = "base_year")
    public String baseYear;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal total;

    @Column(name = "line_count", nullable = false)
    public long lineCount;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public SpendTotal() {
    }

    public SpendTotal(SpendBucket bucket, Money total, long lineCount, Instant updatedAt) {
        this.pilotId = bucket.pilotId();
        this.financialYear = bucket.key().financialYear().toString();
        this.priceBasis = bucket.key().priceBasis().kind().wire();
        FinancialYear base = bucket.key().priceBasis().baseYear();
        this.baseYear = base == null ? null : base.toString();
        this.currency = bucket.key().currency();
        this.total = total.amount();
        this.lineCount = lineCount;
        this.updatedAt = updatedAt;
    }

    public SpendBucket bucket() {
        return new SpendBucket(pilotId, key());
    }

    public SpendTally tally() {
        return new SpendTally(key(), new Money(total, currency.trim()), lineCount);
    }

    private SpendKey key() {
        PriceBasis basis = baseYear == null
                ? new PriceBasis(PriceBasis.Kind.fromWire(priceBasis), null)
                : new PriceBasis(PriceBasis.Kind.fromWire(priceBasis), FinancialYear.parse(baseYear.trim()));
        return new SpendKey(FinancialYear.parse(financialYear.trim()), basis, currency.trim());
    }
}
