package org.totalplace.reporting.rest;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Names a place in a JSON body the way problems name fields: {@code name}, {@code aliases[1]}, {@code ""} for the whole body. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of a value Jackson could not bind. */
    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                append(field, step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Where the parser was when the JSON stopped being well formed. */
    static String of(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                steps.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                steps.push(at.getCurrentName());
            }
        }
        StringBuilder field = new StringBuilder();
        steps.forEach(step -> {
            if (step.startsWith("[")) {
                field.append(step);
            } else {
                append(field, step);
            }
        });
        return field.toString();
    }

    private static void append(StringBuilder field, String name) {
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }
}
