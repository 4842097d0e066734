package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A moderator's adjustment to a pilot's count for a year: a separate signed line for one body, function (COFOG level
 * 2) and spend type, with its reason and author. Source lines are never edited; an adjustment is never deleted, only
 * withdrawn (with a reason and by whom), after which it stops counting.
 */
@Entity
@Table(name = "adjustment")
public class Adjustment extends PanacheEntityBase {

    public static final int MAX_BODY_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_AUTHOR_LENGTH = 200;


    @Id
    private UUID id;

    @Column(name = "pilot_id")
    private UUID pilotId;

    @Column(name = "financial_year")
    private String financialYear;

    private String body;

    @Column(name = "function_l1")
    private String functionL1;

    @Column(name = "function_l2")
    private String functionL2;

    @Column(name = "spend_type")
    private String spendType;

    private BigDecimal amount;

    private String currency;

    private String reason;

    private String author;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Version
    private long version;

    protected Adjustment() {
        // for JPA
    }

    public static Adjustment record(UUID id, UUID pilotId, FinancialYear year, String body, String functionL2,
                                    SpendType spendType, Money amount, String reason, String author, Instant now) {
        Adjustment adjustment = new Adjustment();
        adjustment.id = Objects.requireNonNull(id, "id");
        adjustment.pilotId = Objects.requireNonNull(pilotId, "pilotId");
        adjustment.financialYear = year.toString();
        adjustment.body = required(body, "body");
        adjustment.functionL1 = CofogFunctions.levelOneOf(functionL2);
        adjustment.functionL2 = functionL2;
        adjustment.spendType = spendType.wire();
        adjustment.amount = amount.amount();
        adjustment.currency = amount.currencyCode();
        adjustment.reason = required(reason, "reason");
        adjustment.author = required(author, "author");
        adjustment.createdAt = Objects.requireNonNull(now, "now");
        return adjustment;
    }

    /** Stops it counting; false (and nothing changed) when it was already withdrawn. */
    public boolean withdraw(String reason, String by, Instant now) {
        if (isWithdrawn()) {
            return false;
        }
        withdrawnReason = required(reason, "reason");
        withdrawnBy = required(by, "author");
        withdrawnAt = Objects.requireNonNull(now, "now");
        return true;
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(what + " must not be blank");
        }
        return text;
    }

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public FinancialYear financialYear() {
        return FinancialYear.parse(financialYear);
    }

    public String body() {
        return body;
    }

    public String functionL1() {
        return functionL1;
    }

    public String functionL2() {
        return functionL2;
    }

    public SpendType spendType() {
        return SpendType.fromWire(spendType);
    }

    public Money amount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public String reason() {
        return reason;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public long version() {
        return version;
    }
}
