package org.totalplace.pilots.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A phase is stored as its number, 1 or 2, like the programme numbers it. */
@Converter
public class ProgrammePhaseColumn implements AttributeConverter<ProgrammePhase, Integer> {

    @Override
    public Integer convertToDatabaseColumn(ProgrammePhase phase) {
        return phase == null ? null : phase.number();
    }

    @Override
    public ProgrammePhase convertToEntityAttribute(Integer number) {
        return number == null ? null : ProgrammePhase.numbered(number)
                .orElseThrow(() -> new IllegalStateException("no programme phase " + number));
    }
}
