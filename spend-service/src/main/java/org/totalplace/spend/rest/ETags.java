package org.totalplace.spend.rest;

import jakarta.ws.rs.core.EntityTag;

/** The ETag of a versioned resource is its version as a strong tag, {@code "3"}. */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
