package org.totalplace.reporting.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * Writes the programme state as JSON the way the API writes money: every decimal as an exact string
 * ({@code "2200000000.00"}, never a binary float), and map entries (scenarios, sections) sorted by key, so the
 * same state always gives the same text.
 */
@ApplicationScoped
public class StateJson {

    private final ObjectMapper mapper;

    @Inject
    public StateJson(ObjectMapper json) {
        ObjectMapper copy = json.copy();
        copy.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        copy.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        copy.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.mapper = copy;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
