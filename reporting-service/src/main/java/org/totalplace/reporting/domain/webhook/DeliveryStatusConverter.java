package org.totalplace.reporting.domain.webhook;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link DeliveryStatus} as its lower-case wire name ({@code pending}), as the table's check expects. */
@Converter
public class DeliveryStatusConverter implements AttributeConverter<DeliveryStatus, String> {

    @Override
    public String convertToDatabaseColumn(DeliveryStatus status) {
        return status == null ? null : status.wire();
    }

    @Override
    public DeliveryStatus convertToEntityAttribute(String wire) {
        return wire == null ? null : DeliveryStatus.fromWire(wire);
    }
}
