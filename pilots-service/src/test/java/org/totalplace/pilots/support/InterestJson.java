package org.totalplace.pilots.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for tests: a valid expression of interest from a place no other test uses, to vary field by field. */
public final class InterestJson {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private InterestJson() {
    }

    public static InterestJson valid() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new InterestJson()
                .with("place", "Test Place " + suffix)
                .with("leadBody", "Test Place " + suffix + " Council")
                .with("region", "North West")
                .with("summary", "Pool the budgets for families with complex needs across council, PCT, police "
                        + "and Jobcentre Plus")
                .with("receivedOn", "2010-07-20");
    }

    public InterestJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public InterestJson without(String field) {
        fields.remove(field);
        return this;
    }

    public String place() {
        return (String) fields.get("place");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }
}
