package org.totalplace.governance.service;

import java.util.UUID;

/** A known body as it was on a day: the name it bore then. {@code type} is null until its registration arrives. */
public record BodyAsOf(UUID bodyId, String code, String name, String type) {
}
