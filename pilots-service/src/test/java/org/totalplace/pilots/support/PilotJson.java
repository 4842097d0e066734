package org.totalplace.pilots.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for tests: a valid pilot with a code and name no other test uses, to vary field by field. */
public final class PilotJson {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PilotJson() {
    }

    public static PilotJson valid() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new PilotJson()
                .with("code", "test-" + suffix)
                .with("name", "Test Pilot " + suffix)
                .with("region", "London")
                .with("place", "Lewisham")
                .with("councilType", "Inner London Borough")
                .with("theme", "Minimising reoffending and improving work and skills opportunities for young people")
                .with("aliases", List.of("Alias " + suffix));
    }

    public PilotJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public PilotJson without(String field) {
        fields.remove(field);
        return this;
    }

    public String code() {
        return (String) fields.get("code");
    }

    public String name() {
        return (String) fields.get("name");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }
}
