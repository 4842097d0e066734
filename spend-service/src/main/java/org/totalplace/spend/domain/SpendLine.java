package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One amount of public money spent in a pilot's place by one body in one financial year, as counted. The
 * columns hold the value objects' text forms; the getters hand back the value objects.
 */
@Entity
@Table(name = "spend_line")
public class SpendLine extends PanacheEntityBase {

    public static final int MAX_BODY_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "pilot_id", nullable = false)
    private UUID pilotId;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "financial_year", nullable = false, length = 7)
    private String financialYear;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "price_basis", nullable = false)
    private String priceBasis;

    @Column(name = "base_year", length = 7)
    private String baseYear;

    @Column(name = "method", nullable = false)
    private String method;

    @Column(name = "description")
    private String description;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SpendLine() {
        // for Hibernate
    }

    /** A new spend line, not yet persisted. */
    public static SpendLine record(UUID id, UUID pilotId, String body, FinancialYear financialYear, Money amount,
            PriceBasis priceBasis, CountingMethod method, String description, Instant createdAt) {
        SpendLine line = new SpendLine();
        line.id = Objects.requireNonNull(id, "id");
        line.pilotId = Objects.requireNonNull(pilotId, "pilotId");
        line.body = requireText(body, "body", MAX_BODY_LENGTH);
        line.financialYear = Objects.requireNonNull(financialYear, "financialYear").toString();
        line.amount = Objects.requireNonNull(amount, "amount").amount();
        line.currency = amount.currencyCode();
        line.priceBasis = Objects.requireNonNull(priceBasis, "priceBasis").kind().wire();
        line.baseYear = priceBasis.isReal() ? priceBasis.baseYear().toString() : null;
        line.method = Objects.requireNonNull(method, "method").wire();
        line.description = description == null ? null : requireText(description, "description", MAX_DESCRIPTION_LENGTH);
        line.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        return line;
    }

    private static String requireText(String text, String name, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(name + " must not be blank");
        }
        if (text.length() > maxLength) {
            throw new InvalidValueException(name + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String body() {
        return body;
    }

    public FinancialYear financialYear() {
        return FinancialYear.parse(financialYear);
    }

    public Money amount() {
        return Money.of(amount, Money.parseCurrency(currency));
    }

    public PriceBasis priceBasis() {
        PriceBasis.Kind kind = PriceBasis.Kind.fromWire(priceBasis);
        return kind == PriceBasis.Kind.REAL ? PriceBasis.real(FinancialYear.parse(baseYear)) : PriceBasis.nominal();
    }

    public CountingMethod method() {
        return CountingMethod.fromWire(method);
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
