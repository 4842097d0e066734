package org.totalplace.governance.rest;

/** Every kind of problem the API reports; the same list in every service. */
public enum ProblemKind {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED_JSON(400, "malformed-json", "The request body is not well-formed JSON"),
    UNKNOWN_FIELD(400, "unknown-field", "The request body has a field this API does not know"),
    /** No bearer token, or one that is expired, not signed by the trusted key, or from another issuer. */
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
    /** A valid token whose role or scope does not allow the request. */
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with what is stored"),
    /** Well-formed, but a domain rule says no (e.g. a pilot board without its pilot). */
    RULE_VIOLATION(422, "rule-violation", "A rule of the domain rejects the request"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required"),
    INTERNAL(500, "internal", "Internal error");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return "urn:totalplace:problem:" + slug;
    }

    public String title() {
        return title;
    }
}
