package org.totalplace.spend.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** A {@link JourneyContact} as a row of {@code journey_contact}. */
@Embeddable
public class JourneyContactRow {

    @Column(name = "day_offset", nullable = false)
    private int dayOffset;

    @Column(name = "body_id", nullable = false)
    private UUID bodyId;

    @Column(name = "body_name", nullable = false)
    private String bodyName;

    @Column(name = "activity", nullable = false)
    private String activity;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_cost", nullable = false)
    private BigDecimal unitCost;

    @Column(name = "unit_cost_kind", nullable = false)
    private String unitCostKind;

    @Column(name = "source")
    private String source;

    @Column(name = "function_code")
    private String functionCode;

    @Column(name = "rule_version")
    private Integer ruleVersion;

    @Column(name = "counted_spend")
    private BigDecimal countedSpend;

    @Column(name = "activity_volume")
    private Long activityVolume;

    @Column(name = "volume_source")
    private String volumeSource;

    protected JourneyContactRow() {
        // for Hibernate
    }

    static JourneyContactRow of(JourneyContact contact) {
        JourneyContactRow row = new JourneyContactRow();
        row.dayOffset = contact.dayOffset();
        row.bodyId = contact.bodyId();
        row.bodyName = contact.body();
        row.activity = contact.activity().strip();
        row.purpose = contact.purpose().name();
        row.quantity = contact.quantity();
        row.unitCost = contact.unitCost().amount();
        CountDerivation derivation = contact.unitCost().derivation();
        if (derivation == null) {
            row.unitCostKind = "stated";
            row.source = contact.unitCost().source().strip();
        } else {
            row.unitCostKind = "derived";
            row.functionCode = derivation.function();
            row.ruleVersion = derivation.ruleVersion();
            row.countedSpend = derivation.countedSpend();
            row.activityVolume = derivation.activityVolume();
            row.volumeSource = derivation.volumeSource().strip();
        }
        return row;
    }

    JourneyContact toContact() {
        UnitCost cost = "derived".equals(unitCostKind)
                ? new UnitCost(unitCost, null, new CountDerivation(functionCode, ruleVersion,
                        countedSpend.setScale(Money.SCALE), activityVolume, volumeSource))
                : UnitCost.stated(unitCost, source);
        return new JourneyContact(dayOffset, bodyId, bodyName, activity, ContactPurpose.valueOf(purpose), quantity,
                cost);
    }
}
