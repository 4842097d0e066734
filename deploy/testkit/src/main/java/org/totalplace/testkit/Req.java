package org.totalplace.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** One request of an {@link AccessMatrix}: a path (with its query), a body and headers. */
public record Req(String path, String body, String contentType, Map<String, String> headers) {

    public Req {
        headers = Map.copyOf(headers);
    }

    public static Req to(String path) {
        return new Req(path, null, null, Map.of());
    }

    /** A JSON body unless {@link #contentType} says otherwise. */
    public Req body(String body) {
        return new Req(path, body, contentType, headers);
    }

    public Req contentType(String contentType) {
        return new Req(path, body, contentType, headers);
    }

    public Req header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Req(path, body, contentType, more);
    }
}
